package se.platslage.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.district.DistrictRepository;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/** The signed-in user, their API tokens, and (admins) the accounts. */
@RestController
@Transactional
class AccountController {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final ApiTokenRepository tokenRepository;
    private final CurrentActor current;
    private final PasswordEncoder passwords;
    private final DistrictRepository districts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final List<CapabilitySource> capabilitySources;
    private final SignedInSessions signedIn;

    AccountController(AccountRepository accounts, ApiTokens tokens, ApiTokenRepository tokenRepository,
            CurrentActor current, PasswordEncoder passwords, DistrictRepository districts,
            SecurityProperties properties, Clock clock,
            ObjectProvider<ClientRegistrationRepository> registrations, List<CapabilitySource> capabilitySources,
            SignedInSessions signedIn) {
        this.registrations = registrations;
        this.capabilitySources = capabilitySources;
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.tokens = tokens;
        this.tokenRepository = tokenRepository;
        this.current = current;
        this.passwords = passwords;
        this.districts = districts;
        this.properties = properties;
        this.clock = clock;
    }

    record TokenRequest(@NotBlank @Size(max = 200) String name) {
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(min = MIN_PASSWORD_LENGTH, max = 200)
            String newPassword) {
    }

    record AccountRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
            String username,
            @Size(max = 200) String displayName,
            @NotNull Role role,
            @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password,
            Set<String> districts,
            @Size(max = 200) String responsibleRole,
            Boolean enabled) {
    }

    /** Public: whether demo accounts are active (the login page warns), and the map's tile server. */
    @GetMapping("/api/status")
    AccountViews.ServiceStatus status() {
        List<AccountViews.SignOnProvider> sso = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                var r = (ClientRegistration) registration;
                sso.add(new AccountViews.SignOnProvider(r.getRegistrationId(), r.getClientName(),
                        "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        return new AccountViews.ServiceStatus(properties.demo(), properties.tileUrl(), properties.tileAttribution(), sso);
    }

    @GetMapping("/api/me")
    AccountViews.Me me() {
        Actor actor = current.get();
        // Where new places, problems, measures, targets and plans may be created: the rule the services enforce.
        List<String> editable = districts.findAllByOrderByName().stream().map(d -> d.getCode())
                .filter(actor::editsDistrict).toList();
        Set<String> capabilities = new LinkedHashSet<>();
        if (actor.seesPoliceFields()) {
            capabilities.add("policeFields");
        }
        if (!editable.isEmpty()) {
            capabilities.add("createRecords");
            capabilities.add("importPlans");
        }
        capabilitySources.forEach(source -> capabilities.addAll(source.capabilities(actor)));
        return new AccountViews.Me(actor.username(), actor.displayName(), actor.role(), actor.districts(),
                actor.responsibleRole(), actor.seesPoliceFields(), properties.demo(), editable, capabilities);
    }

    @PutMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change,
            jakarta.servlet.http.HttpServletRequest request) {
        Account account = self();
        if (account.getPasswordHash() == null || !passwords.matches(change.currentPassword(), account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not the account's current password");
        }
        account.setPasswordHash(passwords.encode(change.newPassword()));
        // whoever knew the old password is signed out everywhere; the session that changed it stays
        var session = request.getSession(false);
        signedIn.endAllBut(account.getUsername(), session == null ? null : session.getId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me/tokens")
    List<AccountViews.ApiTokenView> myTokens() {
        return tokenRepository.findByAccountOrderByCreatedAt(self()).stream().map(AccountViews.ApiTokenView::of).toList();
    }

    /** Issues a token; its secret is in this response only. */
    @PostMapping("/api/me/tokens")
    ResponseEntity<AccountViews.IssuedApiToken> issueToken(@Valid @RequestBody TokenRequest request) {
        ApiTokens.Issued issued = tokens.issue(self(), request.name().trim());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.token().getId()))
                .body(AccountViews.IssuedApiToken.of(issued.token(), issued.secret()));
    }

    @DeleteMapping("/api/me/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable long id) {
        ApiToken token = tokenRepository.findById(id).filter(t -> t.getAccount().getId().equals(self().getId()))
                .orElseThrow(() -> new NotFoundException("token", id));
        tokens.revoke(token);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/accounts")
    List<AccountViews.AccountView> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountViews.AccountView::of).toList();
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountViews.AccountView> create(@Valid @RequestBody AccountRequest request) {
        if (accounts.findByUsernameIgnoreCase(request.username()).isPresent()) {
            throw new ConflictException("an account named " + request.username() + " exists already");
        }
        if (request.password() == null) {
            throw new InvalidInputException("password", "is required for a local account");
        }
        Account account = new Account(request.username(), request.displayName(), request.role(), Instant.now(clock));
        apply(account, request);
        accounts.save(account);
        return ResponseEntity.created(URI.create("/api/accounts/" + account.getId())).body(AccountViews.AccountView.of(account));
    }

    @PutMapping("/api/accounts/{id}")
    AccountViews.AccountView update(@PathVariable long id, @Valid @RequestBody AccountRequest request) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        if (!account.getUsername().equalsIgnoreCase(request.username())) {
            throw new InvalidInputException("username", "a username cannot be changed");
        }
        apply(account, request);
        return AccountViews.AccountView.of(account);
    }

    private void apply(Account account, AccountRequest request) {
        Set<String> wanted = request.districts() == null ? Set.of() : request.districts();
        for (String code : wanted) {
            if (districts.findByCode(code).isEmpty()) {
                throw new InvalidInputException("districts", "unknown district '" + code + "'");
            }
        }
        account.update(request.displayName(), request.role(), request.responsibleRole(), wanted,
                request.enabled() == null || request.enabled());
        if (request.password() != null) {
            account.setPasswordHash(passwords.encode(request.password()));
        }
        if (request.password() != null || !account.isEnabled()) {
            // a password set by an admin, or a disabled account: every sign-in with the old state ends
            signedIn.endAllBut(account.getUsername(), null);
        }
    }

    private Account self() {
        Actor actor = current.get();
        return accounts.findByUsernameIgnoreCase(actor.username())
                .orElseThrow(() -> new NotFoundException("account", actor.username()));
    }
}
