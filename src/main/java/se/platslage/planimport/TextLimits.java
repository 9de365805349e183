package se.platslage.planimport;

import java.util.ArrayList;
import java.util.List;
import se.platslage.system.InvalidInputException;

/**
 * The sizes of the columns the import writes to (V2 schema), checked before anything is stored, so an
 * over-long cell is a 400 naming the place in the file instead of a database error halfway through.
 */
final class TextLimits {

    private static final int MAX_REPORTED = 10;

    private final List<String> errors = new ArrayList<>();

    void check(String text, int max, String where) {
        if (text != null && text.length() > max) {
            errors.add(where + ": " + text.length() + " tecken, högst " + max);
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("file", "texter för långa för att sparas ("
                    + String.join("; ", errors.subList(0, Math.min(MAX_REPORTED, errors.size())))
                    + (errors.size() > MAX_REPORTED ? "; och " + (errors.size() - MAX_REPORTED) + " till" : "") + ")");
        }
    }
}
