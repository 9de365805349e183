package se.platslage.incident;

import java.time.Instant;

/** An import as stored, with its deletion: deletedBy and deletedAt are null while it is in force. */
record StoredImport(ImportBatch batch, String deletedBy, Instant deletedAt) {

    boolean deleted() {
        return deletedAt != null;
    }
}
