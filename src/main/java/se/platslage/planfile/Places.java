package se.platslage.planfile;

import java.util.Arrays;
import java.util.List;

/** Place ids in one cell, as Platsläge writes them: separated by commas. */
final class Places {

    static final String SEPARATOR = ", ";

    private Places() {
    }

    /** The ids, [] for an empty cell (a problem that is not place-bound). */
    static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The ids, null for an empty cell (a measure at its problem's places). */
    static List<String> listOrNull(String cell) {
        return cell == null ? null : list(cell);
    }

    static String cell(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(SEPARATOR, ids);
    }
}
