package se.platslage.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;

/**
 * Writes CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark so Excel shows å/ä/ö, CRLF line ends,
 * fields quoted when they hold the separator, a quote or a line break.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage return would
 * be run as a formula by Excel or LibreOffice, so such text is prefixed with an apostrophe, which the
 * spreadsheet shows as text. Numbers are written as numbers, so a negative count is not mangled.
 *
 * The separator is a semicolon by default: Excel in Swedish locale uses comma as the decimal mark and expects
 * semicolons in CSV.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char separator;

    public CsvWriter(char separator) {
        this.separator = separator;
    }

    public CsvWriter() {
        this(';');
    }

    /** Writes the header and rows to {@code out} (not closed). Lists in cells are joined with ", ". */
    public void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, header);
            for (List<?> row : rows) {
                line(writer, row);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** One field, neutralised and quoted as needed. */
    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return quote(value.toString());
        }
        String text = value instanceof Collection<?> c
                ? String.join(", ", c.stream().map(String::valueOf).toList()) : value.toString();
        return quote(neutralise(text));
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private String quote(String text) {
        if (text.indexOf(separator) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
