package se.platslage.planfile;

import java.util.Map;

/**
 * Something the reader could not take at face value; row is 1-based as Excel shows it, 0 for the whole sheet.
 * {@code code} and {@code params} say it without words, so a page can word it in its own language
 * (README, "Plan import warnings"); {@code cell} is the text of the cell concerned, as written; the
 * message says it in Swedish.
 */
public record RowWarning(String sheet, int row, WarningKind kind, String code, Map<String, Object> params,
        String cell, String message) {

    public RowWarning {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    @Override
    public String toString() {
        return row > 0 ? "Fliken \"" + sheet + "\", rad " + row + ": " + message : "Fliken \"" + sheet + "\": " + message;
    }
}
