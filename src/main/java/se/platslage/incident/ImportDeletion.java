package se.platslage.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.NotFoundException;

/**
 * Deletes an import that should not have been made (wrong file, wrong CRS, test data). Its incidents are
 * removed rather than hidden: every analysis reads the incident table directly, and a removed incident
 * frees its (source, external id), so the corrected or same file can be imported again. The import row
 * stays, marked with who deleted it and when, and the audit log records the batch as it was. Synthetic
 * batches may be deleted too; demo mode generates its own batch again at the next start.
 */
@Service
class ImportDeletion {

    private final IncidentStore store;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    ImportDeletion(IncidentStore store, CurrentActor current, AuditLog audit, Clock clock) {
        this.store = store;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    DeletedImport delete(long id) {
        Actor actor = current.get();
        // who may import may undo an import; checked before the lookup, so others cannot probe for ids
        IncidentAccess.requireIncidents(actor);
        StoredImport stored = find(id);
        Instant at = clock.instant();
        if (stored.deleted() || !store.markDeleted(id, actor.username(), at)) {
            StoredImport now = stored.deleted() ? stored : find(id);
            throw new ImportGoneException(id, now.deletedBy(), now.deletedAt());
        }
        int removed = store.deleteIncidents(id);
        audit.record(IncidentImporter.AUDIT_TYPE, id, AuditLog.Action.DELETE, snapshot(stored.batch()),
                Map.of("incidentsRemoved", removed));
        return new DeletedImport(id, removed, actor.username(), at);
    }

    private StoredImport find(long id) {
        return store.findImport(id).orElseThrow(() -> new NotFoundException("incident import", id));
    }

    private static Map<String, Object> snapshot(ImportBatch batch) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("format", batch.format());
        s.put("source", batch.source());
        s.put("fileName", batch.fileName());
        s.put("importedBy", batch.importedBy());
        s.put("importedAt", batch.importedAt().toString());
        s.put("synthetic", batch.synthetic());
        s.put("rowsRead", batch.rowsRead());
        s.put("inserted", batch.inserted());
        s.put("duplicates", batch.duplicates());
        s.put("rejected", batch.rejected());
        return s;
    }
}
