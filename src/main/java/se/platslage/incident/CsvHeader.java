package se.platslage.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.platslage.system.InvalidInputException;

/** Finds columns in a CSV header by any of their accepted names, case and surrounding blanks ignored. */
final class CsvHeader {

    /** The length of incident.external_id. */
    static final int MAX_EXTERNAL_ID = 200;

    private final List<String> names = new ArrayList<>();

    CsvHeader(List<String> header) {
        for (String name : header) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
    }

    /** The index of the first column with one of the names, or -1. */
    int find(String... accepted) {
        for (String a : accepted) {
            int i = names.indexOf(a.trim().toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    int require(String what, String... accepted) {
        int i = find(accepted);
        if (i < 0) {
            throw new InvalidInputException("file", "the header has no " + what + " column (" + String.join(", ", accepted)
                    + "); it has: " + String.join(", ", names));
        }
        return i;
    }

    int size() {
        return names.size();
    }

    static String field(List<String> fields, int index) {
        return index < 0 || index >= fields.size() ? null : blankToNull(fields.get(index));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A source's own id, whole: ids are compared to skip what was delivered before, so a cut one could make two
     * incidents one. Longer than the column holds, the row is rejected (IllegalArgumentException, a row error).
     */
    static String externalId(String id) {
        if (id != null && id.length() > MAX_EXTERNAL_ID) {
            throw new IllegalArgumentException("the id is longer than " + MAX_EXTERNAL_ID + " characters");
        }
        return id;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
