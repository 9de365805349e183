package se.platslage.incident;

import java.time.Instant;

/** One import (or one synthetic generation): who brought which file, and what came of it. */
public record ImportBatch(long id, String format, String source, String fileName, String importedBy,
        Instant importedAt, boolean synthetic, int rowsRead, int inserted, int duplicates, int rejected) {
}
