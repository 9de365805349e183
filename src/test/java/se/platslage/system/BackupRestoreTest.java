package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.platslage.BothDatabases;

/**
 * The backup and restore the README describes, done here: H2's {@code SCRIPT TO} and {@code RUNSCRIPT FROM} into
 * a new database, or {@code pg_dump -Fc} and {@code pg_restore} into a new PostGIS database. The restored copy has
 * the plans, the measures with their follow-ups and geometries, and the audit log.
 */
@BothDatabases
class BackupRestoreTest {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String username;

    @TempDir
    Path dir;

    private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM plan) || '/' || (SELECT COUNT(*) FROM measure)"
            + " || '/' || (SELECT COUNT(*) FROM follow_up) || '/' || (SELECT COUNT(*) FROM audit_event)"
            + " || '/' || (SELECT COUNT(*) FROM place WHERE geom IS NOT NULL)";

    @Test
    void aBackupRestoredIntoANewDatabaseHasTheData() throws Exception {
        String counts = jdbc.queryForObject(COUNTS, String.class);
        assertThat(counts).doesNotStartWith("0/");
        String restored = url.startsWith("jdbc:h2:") ? h2(counts) : postgis();
        assertThat(restored).isEqualTo(jdbc.queryForObject(COUNTS, String.class));
    }

    private String h2(String counts) throws Exception {
        Path script = dir.resolve("platslage-backup.sql");
        jdbc.execute("SCRIPT TO '" + script + "'");
        try (Connection fresh = DriverManager.getConnection("jdbc:h2:mem:restore-" + UUID.randomUUID(), "sa", "");
                Statement s = fresh.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script + "'");
            // the spatial functions come back with the script: the geometries are usable, not only stored
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM place WHERE ST_Area(ST_Envelope(geom)) >= 0")) {
                rs.next();
                assertThat(counts).endsWith("/" + rs.getLong(1));
            }
            try (ResultSet rs = s.executeQuery(COUNTS)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String postgis() throws Exception {
        URI jdbcUri = URI.create(url.substring("jdbc:".length()));
        String host = jdbcUri.getHost();
        String port = String.valueOf(jdbcUri.getPort() < 0 ? 5432 : jdbcUri.getPort());
        String database = jdbcUri.getPath().substring(1);
        String user = username.isBlank() ? "postgres" : username;
        String copy = database + "_restore_" + UUID.randomUUID().toString().substring(0, 8);
        Path dump = dir.resolve("platslage.dump");
        run("pg_dump", "-h", host, "-p", port, "-U", user, "-Fc", "-f", dump.toString(), database);
        jdbc.execute("CREATE DATABASE " + copy + " TEMPLATE template0");
        try {
            run("pg_restore", "-h", host, "-p", port, "-U", user, "-d", copy, dump.toString());
            String copyUrl = url.replace("/" + database, "/" + copy);
            try (Connection restored = DriverManager.getConnection(copyUrl, user, "");
                    Statement s = restored.createStatement();
                    ResultSet rs = s.executeQuery(COUNTS)) {
                rs.next();
                return rs.getString(1);
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + copy);
        }
    }

    private void run(String... command) throws Exception {
        Path log = dir.resolve(command[0] + ".log");
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(command[0]).isTrue();
        assertThat(p.exitValue()).as(command[0] + ": " + Files.readString(log)).isZero();
    }
}
