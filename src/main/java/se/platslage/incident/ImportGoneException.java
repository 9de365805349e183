package se.platslage.incident;

import java.time.Instant;

/**
 * The import was deleted already: a 410, not a 404, so a second click or a colleague's earlier delete is
 * told apart from a wrong id, and the answer says who deleted it and when.
 */
class ImportGoneException extends RuntimeException {

    private final String deletedBy;
    private final Instant deletedAt;

    ImportGoneException(long id, String deletedBy, Instant deletedAt) {
        super("incident import " + id + " was deleted by " + deletedBy + " at " + deletedAt
                + "; its incidents are gone already");
        this.deletedBy = deletedBy;
        this.deletedAt = deletedAt;
    }

    String deletedBy() {
        return deletedBy;
    }

    Instant deletedAt() {
        return deletedAt;
    }
}
