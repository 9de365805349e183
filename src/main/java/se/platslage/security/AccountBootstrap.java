package se.platslage.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first accounts. With no account at all, an admin is created with {@code platslage.security.admin-password}
 * or a one-time generated password written once to the log; never a fixed default. In demo mode the demo
 * accounts (password "demo") are created, and the log says so loudly; when demo mode is turned off, they
 * are disabled.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    record DemoAccount(String username, String displayName, Role role, Set<String> districts, String responsibleRole) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Demo: administratör", Role.ADMIN, Set.of(), null),
            new DemoAccount("strateg", "Demo: trygghetsstrateg", Role.STRATEG,
                    Set.of("hasselby-vallingby", "hagersten-alvsjo"), null),
            new DemoAccount("parkingenjor", "Demo: parkingenjör", Role.PARKINGENJOR, Set.of(), "Parkingenjör"),
            new DemoAccount("polis", "Demo: kommunpolis", Role.POLIS, Set.of(), null),
            new DemoAccount("lasare", "Demo: läsare", Role.LASARE, Set.of(), null));

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final Clock clock;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, SecurityProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            createDemoAccounts();
        } else {
            disableDemoAccounts();
        }
        if (accounts.count() == 0) {
            createFirstAdmin();
        }
    }

    private void createDemoAccounts() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (accounts.findByUsernameIgnoreCase(demo.username()).isEmpty()) {
                Account account = new Account(demo.username(), demo.displayName(), demo.role(), Instant.now(clock));
                account.update(demo.displayName(), demo.role(), demo.responsibleRole(), demo.districts(), true);
                account.setPasswordHash(passwords.encode(DEMO_PASSWORD));
                account.markDemo();
                accounts.save(account);
            }
        }
        log.warn("""

                ************************************************************************************
                *  DEMO MODE: the accounts admin, strateg, parkingenjor, polis and lasare are      *
                *  active, all with the password "demo". Never use demo mode with real data or on   *
                *  a network: set platslage.security.demo=false (PLATSLAGE_DEMO=false).             *
                ************************************************************************************""");
    }

    private void disableDemoAccounts() {
        accounts.findAll().stream().filter(Account::isDemo).filter(Account::isEnabled).forEach(account -> {
            account.update(account.getDisplayName(), account.getRole(), account.getResponsibleRole(),
                    account.getDistricts(), false);
            log.warn("demo mode is off: demo account '{}' disabled", account.getUsername());
        });
    }

    private void createFirstAdmin() {
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        Account admin = new Account("admin", "Administratör", Role.ADMIN, Instant.now(clock));
        admin.setPasswordHash(passwords.encode(password));
        accounts.save(admin);
        if (generated) {
            // Printed this once only: it is not stored anywhere but as a hash.
            log.warn("No accounts existed: created account 'admin' with the one-time password {} "
                    + "(shown only now; change it after signing in)", password);
        } else {
            log.info("No accounts existed: created account 'admin' with the configured password");
        }
    }

    private static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
