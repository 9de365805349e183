package se.platslage.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import se.platslage.security.CurrentActor;

/**
 * Records every create, update and delete with the acting user and before/after snapshots, in the same
 * transaction as the change: a change without its audit record cannot be committed.
 */
@Component
public class AuditLog {

    public enum Action { CREATE, UPDATE, DELETE, RESTORE, FOLLOW_UP, POLICE_NOTE, PROGRESS, ASSESSMENT }

    private final AuditEventRepository events;
    private final CurrentActor current;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentActor current, ObjectMapper json, Clock clock) {
        this.events = events;
        this.current = current;
        this.json = json;
        this.clock = clock;
    }

    /** {@code before} and {@code after} are written as JSON: maps, or records such as a feature's properties. */
    public void record(String entityType, Long entityId, Action action, Object before, Object after) {
        events.save(new AuditEvent(entityType, entityId, action.name().toLowerCase().replace('_', '-'),
                current.get().username(), Instant.now(clock), write(before), write(after)));
    }

    private String write(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit snapshot not serialisable", e);
        }
    }
}
