package se.platslage.planfile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A comparison key for names and header words: lower case, å/ä/ö and other accents folded to a/a/o, every run of
 * punctuation and whitespace one space. "Älvsjö  torg!" and "alvsjo torg" get the same key; so do OCR'd texts
 * that lost their å/ä/ö.
 */
final class TextKey {

    // Compiled once: a plan import folds every cell of every row (10,000-row plan: String.replaceAll compiling
    // these again per call was a fifth of the import, issue 16).
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }
}
