package se.platslage.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) and remembers the
 * line each record starts on, so a bad row can be reported by the line a user sees in an editor.
 * A byte-order mark at the start is skipped.
 */
final class CsvRecords {

    /** A record and its first line (1-based). */
    record Record(int line, List<String> fields) {
    }

    private final BufferedReader in;
    private final char delimiter;
    private int line = 1;
    private boolean first = true;

    CsvRecords(Reader reader, char delimiter) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.delimiter = delimiter;
    }

    /** The delimiter a header line uses: ';' (Swedish spreadsheets) when it has more of them than commas. */
    static char delimiterOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or null at the end; a blank line is a record with one empty field. */
    Record next() throws IOException {
        int c = in.read();
        if (first && c == '\uFEFF') {
            c = in.read();
        }
        first = false;
        if (c < 0) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return new Record(startLine, fields);
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (n >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                line++;
                fields.add(field.toString());
                return new Record(startLine, fields);
            } else {
                field.append(ch);
            }
            c = in.read();
        }
    }

    static boolean isBlank(Record record) {
        return record.fields().stream().allMatch(String::isBlank);
    }

    /** Turns one data row into an incident, or throws IllegalArgumentException saying what is wrong with it. */
    interface RowParser {
        ParsedIncident parse(int line, List<String> fields);
    }

    /**
     * Reads the remaining records as data rows: blank ones are skipped; a row with another number of fields
     * than the header, or one the parser refuses, becomes a {@link RowError} with its line; reading stops
     * after {@code maxRows} with an error saying so.
     */
    ReadResult readAll(int headerSize, int maxRows, RowParser parser) throws IOException {
        List<ParsedIncident> incidents = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int rows = 0;
        for (Record r = next(); r != null; r = next()) {
            if (isBlank(r)) {
                continue;
            }
            if (++rows > maxRows) {
                errors.add(new RowError(r.line(), "more than " + maxRows + " rows: the rest of the file was not read"));
                break;
            }
            try {
                if (r.fields().size() != headerSize) {
                    throw new IllegalArgumentException("has " + r.fields().size() + " fields, the header " + headerSize);
                }
                incidents.add(parser.parse(r.line(), r.fields()));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(r.line(), e.getMessage()));
            }
        }
        return new ReadResult(incidents, errors, rows);
    }
}
