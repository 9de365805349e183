package se.platslage.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One change to a record: who, when, what it was before and after (JSON snapshots). Never changed. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    private String entityType;
    private Long entityId;
    private String action;
    private String actor;
    private Instant at;

    @Column(name = "before_json")
    private String before;

    @Column(name = "after_json")
    private String after;

    protected AuditEvent() {
    }

    AuditEvent(String entityType, Long entityId, String action, String actor, Instant at, String before,
            String after) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
