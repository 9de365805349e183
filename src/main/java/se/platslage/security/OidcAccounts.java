package se.platslage.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on users (OpenID Connect): the role comes from a claim of the ID token, mapped through
 * {@code platslage.security.oidc-roles}; a user whose claim maps to no role is refused. Each user gets a
 * local account record (without password) so audit history and assignments name them like anyone else.
 */
@Component
public class OidcAccounts {

    private final SecurityProperties properties;
    private final AccountRepository accounts;
    private final Clock clock;

    OidcAccounts(SecurityProperties properties, AccountRepository accounts, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    String username(OidcUser user) {
        String preferred = user.getPreferredUsername();
        return preferred != null && !preferred.isBlank() ? preferred : user.getSubject();
    }

    /** The role a set of claim values maps to; the most capable one wins when several match. */
    Role role(Collection<String> claimValues) {
        return claimValues.stream()
                .map(properties.oidcRoles()::get)
                .filter(java.util.Objects::nonNull)
                .map(Role::fromCode)
                .min(Enum::compareTo)
                .orElse(null);
    }

    @Transactional
    OidcUser signIn(OidcUser user) {
        Role role = role(claimValues(user.getClaim(properties.oidcRoleClaim())));
        if (role == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "Ingen roll i Platsläge för denna användare / no Platsläge role mapped from claim "
                            + properties.oidcRoleClaim(), null));
        }
        String username = username(user);
        Set<String> districts = properties.oidcDistrictsClaim() == null ? Set.of()
                : new LinkedHashSet<>(claimValues(user.getClaim(properties.oidcDistrictsClaim())));
        Account account = accounts.findByUsernameIgnoreCase(username)
                .orElseGet(() -> new Account(username, user.getFullName(), role, Instant.now(clock)));
        if (!account.isEnabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "account disabled", null));
        }
        account.update(user.getFullName() != null ? user.getFullName() : account.getDisplayName(), role,
                account.getResponsibleRole(), districts.isEmpty() ? account.getDistricts() : districts, true);
        accounts.save(account);
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role.authority())), user.getIdToken(),
                user.getUserInfo());
    }

    /** The user service Spring's OAuth2 login calls after the token exchange. */
    OidcUserService userService() {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                return signIn(delegate.loadUser(request));
            }
        };
    }

    private static List<String> claimValues(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim instanceof String s) {
            for (String part : s.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
