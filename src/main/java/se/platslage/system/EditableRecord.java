package se.platslage.system;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every record users edit has: a version for optimistic locking (see {@link Versions}) and soft
 * delete — a deleted record stays in its table, hidden by the entity's {@code @SQLRestriction}, until an
 * admin restores it.
 */
@MappedSuperclass
public abstract class EditableRecord {

    @Version
    private long version;

    private Instant deletedAt;
    private String deletedBy;

    public long getVersion() {
        return version;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void markDeleted(String by, Instant at) {
        this.deletedAt = at;
        this.deletedBy = by;
    }
}
