package se.platslage.incident;

import java.time.Instant;

/**
 * The answer to deleting an import.
 *
 * @param importId          the deleted import
 * @param incidentsRemoved  how many of its incidents were removed: no list or analysis counts them any more
 */
public record DeletedImport(long importId, int incidentsRemoved, String deletedBy, Instant deletedAt) {
}
