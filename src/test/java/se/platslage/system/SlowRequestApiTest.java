package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read timeout over a real socket: a GET whose query runs longer than {@code platslage.api.read-timeout}
 * (2 s here) is answered 503 with problem+json soon after, and its query is no longer running in the database
 * (issue 16: abandoned requests kept their queries running for minutes). The slow query comes from a test-only
 * endpoint that reads as every GET does (a read-only transaction); on both databases (tagged "database").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platslage.api.read-timeout=2s")
@Import(SlowRequestApiTest.SlowReadEndpoint.class)
@Tag("database")
class SlowRequestApiTest {

    static final boolean POSTGIS = "postgis".equals(System.getProperty("platslage.test.database"));

    /** Runs for minutes unless cancelled: pg_sleep on PostgreSQL, a 10^10-row join on H2. */
    static final String SLOW = POSTGIS ? "SELECT 1 FROM pg_sleep(120)"
            : "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) A, SYSTEM_RANGE(1, 100000) B WHERE A.X + B.X < -7";

    /** A GET reading in a read-only transaction, as the application's GET endpoints do. */
    @TestConfiguration
    @RestController
    static class SlowReadEndpoint {

        private final TransactionTemplate read;
        private final JdbcTemplate jdbc;

        SlowReadEndpoint(PlatformTransactionManager transactions, DataSource dataSource) {
            this.read = new TransactionTemplate(transactions);
            this.read.setReadOnly(true);
            this.jdbc = new JdbcTemplate(dataSource);
        }

        @GetMapping("/api/test/slow-read")
        Long slowRead() {
            return read.execute(s -> jdbc.queryForObject(SLOW, Long.class));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aReadLongerThanTheTimeoutIs503ProblemAndItsQueryIsCancelled() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/slow-read"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("detail").asText()).contains("read timeout");
        // stopped at the deadline, not when the query would have ended (minutes)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1900)).isLessThan(Duration.ofSeconds(20));
        assertThat(runningSlowQueries()).isZero();
    }

    /** The database's own view of statements still executing the slow query, other than this look-up. */
    private long runningSlowQueries() {
        String sql = POSTGIS
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
                        + " AND query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE '%B.X < -7%'"
                        + " AND SESSION_ID <> SESSION_ID()";
        return new JdbcTemplate(dataSource).queryForObject(sql, Long.class);
    }
}
