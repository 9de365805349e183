package se.platslage.incident;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads one incident file format. A row that cannot be read becomes a {@link RowError} with its line and
 * the others are kept; a file that cannot be read at all (no header, not JSON) is an
 * {@link se.platslage.system.InvalidInputException} on the field {@code file}.
 */
interface IncidentReader {

    /** Rows beyond this are refused: memory per import stays bounded (the upload limit is 20 MB anyway). */
    int MAX_ROWS = 500_000;

    ReadResult read(Reader in) throws IOException;
}
