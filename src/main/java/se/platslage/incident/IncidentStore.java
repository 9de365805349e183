package se.platslage.incident;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes incidents in JDBC batches (an import may hold hundreds of thousands of rows; JPA's identity
 * inserts would go one by one), and removes them again with their import when it is deleted. Portable SQL: {@code ST_SetSRID(ST_MakePoint(x, y), 3006)} on both
 * databases. Records already stored are found by (source, record key) before inserting (see
 * {@link RecordIdentity}), and the unique constraint stops a concurrent import of the same file.
 */
@Component
class IncidentStore {

    private static final int CHUNK = 500;
    private static final String BATCH_COLUMNS = "id, format, source, file_name, imported_by, imported_at, synthetic,"
            + " rows_read, inserted, duplicates, rejected";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    IncidentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    long createImport(IncidentFormat format, String source, String fileName, String by, Instant at, boolean synthetic,
            int rowsRead) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO incident_import (format, source, file_name,"
                    + " imported_by, imported_at, synthetic, rows_read, inserted, duplicates, rejected)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)", new String[] {"id"});
            ps.setString(1, format.code());
            ps.setString(2, source);
            ps.setString(3, fileName);
            ps.setString(4, by);
            ps.setObject(5, IncidentQueries.utc(at));
            ps.setBoolean(6, synthetic);
            ps.setInt(7, rowsRead);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void finishImport(long id, int inserted, int duplicates, int rejected) {
        jdbc.update("UPDATE incident_import SET inserted = ?, duplicates = ?, rejected = ? WHERE id = ?",
                inserted, duplicates, rejected, id);
    }

    /** Which of the record keys the source already has. */
    Set<String> existing(String source, List<String> recordKeys) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < recordKeys.size(); i += CHUNK) {
            List<String> chunk = recordKeys.subList(i, Math.min(recordKeys.size(), i + CHUNK));
            found.addAll(named.queryForList("SELECT record_key FROM incident WHERE source = :source"
                    + " AND record_key IN (:ids)", new MapSqlParameterSource("source", source).addValue("ids", chunk),
                    String.class));
        }
        return found;
    }

    void insert(long importId, IncidentFormat format, String source, boolean synthetic,
            List<RecordIdentity.Keyed> rows) {
        String sql = "INSERT INTO incident (format, source, external_id, record_key, occurred_at, time_precision, type,"
                + " location_precision, location_name, summary, synthetic, import_id, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 3006))";
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<Object[]> batch = new ArrayList<>();
            for (RecordIdentity.Keyed keyed : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                ParsedIncident r = keyed.row();
                batch.add(new Object[] {format.code(), source, r.sourceId(), keyed.key(),
                        IncidentQueries.utc(r.occurredAt()),
                        r.timePrecision(), r.type(), r.locationPrecision(), r.locationName(), r.summary(), synthetic,
                        importId, r.x(), r.y()});
            }
            jdbc.batchUpdate(sql, batch);
        }
    }

    /** The imports still in force, newest first; deleted ones are left out (their incidents are gone). */
    List<ImportBatch> imports(int limit, int offset) {
        return jdbc.query("SELECT " + BATCH_COLUMNS + " FROM incident_import WHERE deleted_at IS NULL"
                + " ORDER BY id DESC LIMIT ? OFFSET ?", (rs, i) -> batch(rs), limit, offset);
    }

    /** An import, deleted or not; empty when none was ever stored under the id. */
    Optional<StoredImport> findImport(long id) {
        return jdbc.query("SELECT " + BATCH_COLUMNS + ", deleted_by, deleted_at FROM incident_import WHERE id = ?",
                (rs, i) -> new StoredImport(batch(rs), rs.getString(12),
                        instant(rs.getObject(13, OffsetDateTime.class))), id).stream().findFirst();
    }

    /**
     * Marks the import deleted unless it already is: false when someone else got there first (the row lock
     * of the update makes a concurrent second delete wait, then find it deleted).
     */
    boolean markDeleted(long id, String by, Instant at) {
        return jdbc.update("UPDATE incident_import SET deleted_by = ?, deleted_at = ?"
                + " WHERE id = ? AND deleted_at IS NULL", by, IncidentQueries.utc(at), id) == 1;
    }

    /** Removes the import's incidents, which frees their (source, record key) for a re-import. */
    int deleteIncidents(long importId) {
        return jdbc.update("DELETE FROM incident WHERE import_id = ?", importId);
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs.getObject(6, OffsetDateTime.class)), rs.getBoolean(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
