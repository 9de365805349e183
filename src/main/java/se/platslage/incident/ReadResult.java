package se.platslage.incident;

import java.util.List;

/** What a reader made of a file: the good rows, the bad rows with their lines, and the data rows seen. */
public record ReadResult(List<ParsedIncident> incidents, List<RowError> errors, int rowsRead) {
}
