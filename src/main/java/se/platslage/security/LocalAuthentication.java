package se.platslage.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in local accounts (the login form and HTTP Basic): throttled ({@link LoginThrottle}), with Argon2 paid
 * once per client and password ({@link VerifiedCredentials}).
 *
 * <p>A wrong password, an unknown account and a throttled attempt get the same answer, so the answer does not
 * tell whether an account exists. An unknown account costs one Argon2 check against a dummy hash, as a known one
 * does, so neither does the time.
 */
@Component
class LocalAuthentication implements AuthenticationProvider {

    static final String REFUSED = "wrong user name or password, or too many attempts: wait a little and try again";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final String dummyHash;

    LocalAuthentication(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
            VerifiedCredentials verified) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.State state = throttle.state(username, address);
        if (state.waiting()) {
            throw new BadCredentialsException(REFUSED);
        }
        Optional<Account> found = accounts.findByUsernameIgnoreCase(username).filter(a -> a.getPasswordHash() != null);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            throttle.failed(username, address);
            throw new BadCredentialsException(REFUSED);
        }
        Account account = found.get();
        if (!verified.knows(username, password, account.getPasswordHash())) {
            if (!passwords.matches(password, account.getPasswordHash())) {
                verified.forget(username);
                throttle.failed(username, address);
                throw new BadCredentialsException(REFUSED);
            }
            verified.remember(username, password, account.getPasswordHash());
        }
        if (!account.isEnabled()) {
            throw new DisabledException("the account is disabled");
        }
        if (state.accountFailed()) {
            throttle.succeeded(username);
        }
        return UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
