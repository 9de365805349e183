package se.platslage.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.system.NotFoundException;

/**
 * Soft-deleted records, for admins: list them and restore one. Entities hide deleted rows from every
 * query, so this reads the tables directly; table and column names come from the fixed map below, never
 * from the request.
 */
@RestController
class DeletedRecords {

    private record Kind(String table, String label) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "places", new Kind("place", "name"),
            "problems", new Kind("problem", "description"),
            "measures", new Kind("measure", "description"),
            "targets", new Kind("classification_target", "notes"));
    private static final Map<String, String> AUDIT_TYPES = Map.of("places", "place", "problems", "problem",
            "measures", "measure", "targets", "target");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    DeletedRecords(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A soft-deleted record an admin may restore.
     *
     * @param type  the collection: places, problems, measures or targets
     * @param label the record's name or description
     */
    record DeletedRecord(String type, long id, String label, Instant deletedAt, String deletedBy) {
    }

    @GetMapping("/api/deleted")
    @Transactional(readOnly = true)
    List<DeletedRecord> list() {
        List<DeletedRecord> deleted = new ArrayList<>();
        KINDS.forEach((collection, kind) -> jdbc.query("select id, " + kind.label() + ", deleted_at, deleted_by from "
                + kind.table() + " where deleted_at is not null order by deleted_at desc", row -> {
                    Timestamp at = row.getTimestamp(3);
                    deleted.add(new DeletedRecord(collection, row.getLong(1), row.getString(2),
                            at == null ? null : at.toInstant(), row.getString(4)));
                }));
        return deleted;
    }

    @PostMapping("/api/deleted/{collection:places|problems|measures|targets}/{id}/restore")
    @Transactional
    ResponseEntity<Void> restore(@PathVariable String collection, @PathVariable long id) {
        Kind kind = KINDS.get(collection);
        int restored = jdbc.update("update " + kind.table() + " set deleted_at = null, deleted_by = null,"
                + " version = version + 1 where id = ? and deleted_at is not null", id);
        if (restored == 0) {
            throw new NotFoundException("deleted " + kind.table(), id);
        }
        audit.record(AUDIT_TYPES.get(collection), id, AuditLog.Action.RESTORE, null, Map.of("restored", true));
        return ResponseEntity.noContent().build();
    }
}
