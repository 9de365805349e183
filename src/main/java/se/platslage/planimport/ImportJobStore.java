package se.platslage.planimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs' rows. Every write commits on its own (REQUIRES_NEW): progress is written from inside the
 * import's transaction, and must be visible to other nodes while the import runs, and stay when it rolls
 * back. Progress is written at most every {@link #HEARTBEAT_EVERY}, or when the phase changes.
 */
@Component
class ImportJobStore {

    static final Duration HEARTBEAT_EVERY = Duration.ofMillis(500);
    /** A running job not heard from for this long died with its node. */
    static final Duration LOST_AFTER = Duration.ofMinutes(10);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Map<String, Object> STOPPED = stopped();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final ObjectMapper json;
    private final Clock clock;

    ImportJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    void create(String id, String owner, String node) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        own.executeWithoutResult(s -> {
            jdbc.update("delete from import_job where ended_at < ? or (ended_at is null and updated_at < ?)",
                    Timestamp.from(Instant.now(clock).minus(KEEP)), Timestamp.from(Instant.now(clock).minus(KEEP)));
            jdbc.update("insert into import_job (id, owner, node, started_at, updated_at, phase, measures_stored, "
                    + "measures_total) values (?, ?, ?, ?, ?, 'queued', 0, 0)", id, owner, node, now, now);
        });
    }

    void progress(String id, String phase, int done, int total) {
        own.executeWithoutResult(s -> jdbc.update("update import_job set phase = ?, measures_stored = ?, "
                + "measures_total = ?, updated_at = ? where id = ?", phase, done, total, Timestamp.from(Instant.now(clock)), id));
    }

    void finish(String id, Map<String, Object> result, Map<String, Object> problem) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        own.executeWithoutResult(s -> jdbc.update("update import_job set phase = ?, updated_at = ?, ended_at = ?, "
                + "result_json = ?, problem_json = ? where id = ?", problem == null ? "done" : "failed", now, now,
                write(result), write(problem), id));
    }

    /**
     * Marks the unfinished jobs of a process found dead as failed: their import's transaction died with it,
     * so nothing of them was stored. Returns how many.
     */
    int failAbandoned(String node) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        return own.execute(s -> jdbc.update("update import_job set phase = 'failed', updated_at = ?, ended_at = ?, "
                + "problem_json = ? where node = ? and ended_at is null", now, now, write(STOPPED), node));
    }

    /** The job as the API shows it, with its owner for the access check. */
    record Found(String owner, Map<String, Object> json) {
    }

    Optional<Found> find(String id) {
        return jdbc.query("select * from import_job where id = ?", this::read, id).stream().findFirst();
    }

    private Found read(ResultSet rs, int row) throws SQLException {
        Instant started = rs.getTimestamp("started_at").toInstant();
        Instant updated = rs.getTimestamp("updated_at").toInstant();
        Timestamp endedAt = rs.getTimestamp("ended_at");
        Instant ended = endedAt == null ? null : endedAt.toInstant();
        Map<String, Object> problem = parse(rs.getString("problem_json"));
        Instant now = Instant.now(clock);
        boolean lost = ended == null && updated.isBefore(now.minus(LOST_AFTER));
        if (lost) {
            problem = STOPPED;
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", rs.getString("id"));
        job.put("state", lost ? "failed" : ended == null ? "running" : problem == null ? "done" : "failed");
        job.put("phase", lost ? "failed" : rs.getString("phase"));
        job.put("measuresStored", rs.getInt("measures_stored"));
        job.put("measuresTotal", rs.getInt("measures_total"));
        job.put("startedAt", started);
        job.put("elapsedMs", Duration.between(started, ended != null ? ended : lost ? updated : now).toMillis());
        job.put("result", parse(rs.getString("result_json")));
        job.put("problem", problem);
        return new Found(rs.getString("owner"), job);
    }

    private static Map<String, Object> stopped() {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", 500);
        problem.put("field", null);
        problem.put("detail", "the import stopped without finishing (its server stopped); nothing of it was "
                + "stored: import the file again");
        return java.util.Collections.unmodifiableMap(problem);
    }

    private String write(Map<String, Object> value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import result that cannot be written as JSON", e);
        }
    }

    private Map<String, Object> parse(String value) {
        try {
            return value == null ? null : json.readValue(value, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import job row that is not JSON", e);
        }
    }
}
