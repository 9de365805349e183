package se.platslage.incident;

import java.util.List;
import java.util.Map;

/**
 * The answer to an import.
 *
 * @param importId         the stored import, null when nothing was stored
 * @param rowsRead         data rows (events) in the file, blank lines not counted
 * @param inserted         new incidents stored
 * @param duplicates       rows whose record is already stored from the same source, or repeated in the file:
 *                         skipped (what "the same record" means: {@link RecordIdentity})
 * @param rejected         bad rows, each in {@code errors} (the first {@value IncidentImporter#MAX_REPORTED_ERRORS})
 * @param impreciseStored  stored incidents whose location is an area's centre (left out of hot spots)
 * @param warningCounts    warnings by code, all of them (the list may be cut)
 * @param warnings         repeated ids, exact repeats and other look-alike rows, each with both lines (the first
 *                         {@value IncidentImporter#MAX_REPORTED_ERRORS})
 * @param notes            what the numbers mean for this format
 */
public record ImportReport(Long importId, String format, String source, String fileName, boolean synthetic,
        int rowsRead, int inserted, int duplicates, int rejected, int impreciseStored, List<RowError> errors,
        boolean errorsTruncated, Map<String, Integer> warningCounts, List<ImportWarning> warnings,
        boolean warningsTruncated, List<String> notes) {
}
