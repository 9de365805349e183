package se.platslage.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/** The change history of a record (everyone who may read it), and of everything (admins). */
@RestController
@Transactional(readOnly = true)
class AuditController {

    private static final Map<String, String> TYPES = Map.of("places", "place", "problems", "problem",
            "measures", "measure", "targets", "target");

    /** The records' tables, from this fixed map, never from the request. */
    private static final Map<String, String> TABLES = Map.of("places", "place", "problems", "problem",
            "measures", "measure", "targets", "classification_target");

    private final AuditEventRepository events;
    private final CurrentActor current;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    AuditController(AuditEventRepository events, CurrentActor current, ObjectMapper json, JdbcTemplate jdbc) {
        this.events = events;
        this.current = current;
        this.json = json;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/{collection:places|problems|measures|targets}/{id}/history")
    List<AuditEntry> history(@PathVariable String collection, @PathVariable long id) {
        Actor actor = current.get();
        // The history (with its "before" snapshots) is as readable as the record: gone with a deleted record,
        // except for admins, who list and restore deleted records (/api/deleted).
        String deletedFilter = actor.isAdmin() ? "" : " and deleted_at is null";
        if (jdbc.queryForObject("select count(*) from " + TABLES.get(collection) + " where id = ?" + deletedFilter,
                Long.class, id) == 0) {
            throw new NotFoundException(TYPES.get(collection), id);
        }
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(TYPES.get(collection), id).stream()
                .map(e -> json(e, actor)).toList();
    }

    @GetMapping("/api/audit")
    List<AuditEntry> all(@RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int page) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        Actor actor = current.get();
        return events.findAllByOrderByIdDesc(PageRequest.of(page, limit)).stream().map(e -> json(e, actor)).toList();
    }

    /**
     * One change of a record: who did what when, and the record before and after as the audit trail keeps it (a
     * free-form snapshot whose members are those of the record's own representation).
     *
     * @param entityType place, problem, measure or target
     * @param action     create, update, delete, restore, follow-up, police-note or progress
     */
    record AuditEntry(Long id, String entityType, Long entityId, String action, String actor, Instant at,
            Map<String, Object> before, Map<String, Object> after) {
    }

    private AuditEntry json(AuditEvent e, Actor actor) {
        Map<String, Object> before = read(e.getBefore());
        Map<String, Object> after = read(e.getAfter());
        if (!actor.seesPoliceFields()) {
            PoliceFields.redact(before);
            PoliceFields.redact(after);
        }
        return new AuditEntry(e.getId(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getActor(), e.getAt(),
                before, after);
    }

    private Map<String, Object> read(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.readValue(snapshot, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
