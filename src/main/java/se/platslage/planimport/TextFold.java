package se.platslage.planimport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A comparison key for texts: lower case, accents folded (å/ä/ö → a/a/o), punctuation and spaces one space. */
final class TextFold {

    // Compiled once: an import folds the texts of every row (issue 16).
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }

    /** A code for a new record: "Västra Södermalm" → "vastra-sodermalm", at most {@code max} characters. */
    static String slug(String text, int max) {
        String slug = of(text).replace(' ', '-');
        slug = slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "plats" : slug;
    }
}
