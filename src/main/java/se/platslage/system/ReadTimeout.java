package se.platslage.system;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The request timeout for reading: every read-only transaction without a timeout of its own gets
 * {@code platslage.api.read-timeout} ({@link ApiProperties#readTimeout()}). Every GET endpoint reads in
 * one, so an abandoned or runaway request stops its query after that time instead of running on in the
 * database (issue 16 saw queries run 100–120 s after the clients had gone).
 *
 * IMPLEMENTATION NOTE: a transaction deadline, not a database setting, so it is the same on H2 and
 * PostgreSQL and leaves Flyway and the imports (writing transactions) alone. Spring hands the remaining
 * time to every JDBC statement of the transaction (Hibernate's and JdbcTemplate's alike) as
 * {@code Statement.setQueryTimeout}; the driver then cancels the statement in the database (PostgreSQL:
 * a cancel request, H2: the session's cancel flag) and the request ends with 503 (see ApiErrors).
 * Spring MVC's async request timeout would not help: these requests are synchronous.
 */
@Configuration(proxyBeanMethods = false)
class ReadTimeout {

    /** Replaces Boot's JpaTransactionManager (it backs off when one is defined), customizers included. */
    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory emf, ApiProperties api,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        int readTimeoutSeconds = (int) Math.max(1, api.readTimeout().toSeconds());
        JpaTransactionManager manager = new JpaTransactionManager(emf) {
            @Override
            protected int determineTimeout(TransactionDefinition definition) {
                if (definition.isReadOnly() && definition.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT) {
                    return readTimeoutSeconds;
                }
                return super.determineTimeout(definition);
            }
        };
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
