package se.platslage.incident;

import java.util.List;

/**
 * The answer to an import.
 *
 * @param importId         the stored import, null when nothing was stored
 * @param rowsRead         data rows (events) in the file, blank lines not counted
 * @param inserted         new incidents stored
 * @param duplicates       rows already stored from the same source (or repeated in the file): skipped
 * @param rejected         bad rows, each in {@code errors} (the first {@value IncidentImporter#MAX_REPORTED_ERRORS})
 * @param impreciseStored  stored incidents whose location is an area's centre (left out of hot spots)
 * @param notes            what the numbers mean for this format
 */
public record ImportReport(Long importId, String format, String source, String fileName, boolean synthetic,
        int rowsRead, int inserted, int duplicates, int rejected, int impreciseStored, List<RowError> errors,
        boolean errorsTruncated, List<String> notes) {
}
