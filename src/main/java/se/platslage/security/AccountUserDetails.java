package se.platslage.security;

import java.time.Duration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local accounts for form login and HTTP Basic; a throttled account reports itself locked. */
@Service
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetails(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account " + username));
        Duration locked = throttle.lockedFor(account.getUsername());
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.getRole().authority())
                .disabled(!account.isEnabled())
                .accountLocked(!locked.isZero())
                .build();
    }
}
