package se.platslage.planimport;

import java.util.Map;
import se.platslage.planfile.RowRef;
import se.platslage.planfile.RowWarning;
import se.platslage.planfile.WarningKind;

/**
 * Something the import had to interpret. {@code sheet} and {@code row} (1-based, as Excel shows it) where the
 * row is known; {@code where} names the area, problem and measure ("område 2, problem 3, åtgärd 1"). {@code kind}
 * is a {@link WarningKind} code ("place", "timing", ...) and {@code action} whether a person must act on it;
 * {@code code} with {@code params} says what happened without words (the page words it in Swedish or
 * English); {@code cell} is the text of the cell concerned; {@code message} says it in Swedish.
 */
record ImportWarning(String sheet, Integer row, String where, String kind, boolean action, String code,
        Map<String, Object> params, String cell, String message) {

    ImportWarning {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    static ImportWarning of(RowWarning w) {
        return new ImportWarning(w.sheet(), w.row() > 0 ? w.row() : null, null, w.kind().code(),
                w.kind().needsAction(), w.code(), w.params(), w.cell(), w.message());
    }

    /** A warning about a problem or measure read from {@code at} (null when its row is not known). */
    static ImportWarning at(RowRef at, String where, WarningKind kind, String code, Map<String, Object> params,
            String cell, String message) {
        return new ImportWarning(at == null ? null : at.sheet(), at == null ? null : at.row(), where, kind.code(),
                kind.needsAction(), code, params, cell, message);
    }
}
