package se.platslage.planimport;

import se.platslage.planfile.RowWarning;
import se.platslage.planfile.WarningKind;

/**
 * Something the import had to interpret. {@code sheet} and {@code row} (1-based, as Excel shows it) where the
 * reader knew them; otherwise {@code where} names the area, problem and measure ("område 2, problem 3,
 * åtgärd 1"). {@code kind} is a {@link WarningKind} code ("place", "timing", ...).
 */
record ImportWarning(String sheet, Integer row, String where, String kind, String message) {

    static ImportWarning of(RowWarning w) {
        return new ImportWarning(w.sheet(), w.row() > 0 ? w.row() : null, null, w.kind().code(), w.message());
    }

    static ImportWarning at(String where, WarningKind kind, String message) {
        return new ImportWarning(null, null, where, kind.code(), message);
    }

    static ImportWarning at(String where, String message) {
        return at(where, WarningKind.OTHER, message);
    }
}
