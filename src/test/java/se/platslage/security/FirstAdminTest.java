package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Without demo mode, on an empty database: one admin with a generated password, written once to the log,
 * never a fixed default. (A database of its own: the shared test database has the demo accounts.)
 */
@SpringBootTest(properties = {"platslage.security.demo=false", "platslage.geodata.load-on-start=false",
        "spring.datasource.url=jdbc:h2:mem:platslage-first-admin;DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsOneAdminWithAGeneratedOneTimePasswordLoggedOnce(CapturedOutput output) {
        Account admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
        java.util.regex.Matcher logged = java.util.regex.Pattern
                .compile("created account 'admin' with the one-time password (\\S+)").matcher(output.getAll());
        assertThat(logged.find()).as("the generated password is logged").isTrue();
        String password = logged.group(1);
        assertThat(passwords.matches(password, admin.getPasswordHash())).isTrue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(logged.find()).as("logged only once").isFalse();
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isDemo()).isFalse();
        assertThat(passwords.matches("demo", admin.getPasswordHash())).isFalse();
        assertThat(admin.getPasswordHash()).startsWith("{argon2}");
    }
}
