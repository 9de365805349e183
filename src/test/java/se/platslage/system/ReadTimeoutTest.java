package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.BothDatabases;

/**
 * The read timeout ({@link ReadTimeout}): a slow query in a read-only transaction is cancelled in the
 * database after {@code platslage.api.read-timeout} (2 s here), through JdbcTemplate and Hibernate alike.
 */
@BothDatabases
@TestPropertySource(properties = "platslage.api.read-timeout=2s")
class ReadTimeoutTest {

    /** A query that runs for minutes unless cancelled: pg_sleep on PostgreSQL, a 10^10-row join on H2. */
    private static final String SLOW = "postgis".equals(System.getProperty("platslage.test.database"))
            ? "SELECT 1 FROM pg_sleep(120)"
            : "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) A, SYSTEM_RANGE(1, 100000) B WHERE A.X + B.X < 0";

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager em;

    @Test
    void aSlowJdbcQueryInAReadIsCancelled() {
        TransactionTemplate read = readOnly();
        long start = System.nanoTime();
        assertThatThrownBy(() -> read.executeWithoutResult(s -> new JdbcTemplate(dataSource).queryForObject(SLOW, Long.class)))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertNothingRunsOn();
    }

    @Test
    void aSlowHibernateQueryInAReadIsCancelled() {
        TransactionTemplate read = readOnly();
        long start = System.nanoTime();
        assertThatThrownBy(() -> read.executeWithoutResult(s -> em.createNativeQuery(SLOW).getSingleResult()))
                .isInstanceOfAny(QueryTimeoutException.class, jakarta.persistence.QueryTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertNothingRunsOn();
    }

    @Test
    void aQuickReadIsUntouched() {
        Long one = readOnly().execute(s -> new JdbcTemplate(dataSource).queryForObject("SELECT 1", Long.class));
        assertThat(one).isEqualTo(1L);
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    /** On PostgreSQL the server's own view: no statement of ours still sleeping after the cancel. */
    private void assertNothingRunsOn() {
        if (!"postgis".equals(System.getProperty("platslage.test.database"))) {
            return;
        }
        Long running = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND state = 'active' AND query LIKE '%pg_sleep(120)%'"
                + " AND pid <> pg_backend_pid()", Long.class);
        assertThat(running).isZero();
    }
}
