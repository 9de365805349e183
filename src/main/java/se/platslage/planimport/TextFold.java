package se.platslage.planimport;

import java.text.Normalizer;
import java.util.Locale;

/** A comparison key for texts: lower case, accents folded (å/ä/ö → a/a/o), punctuation and spaces one space. */
final class TextFold {

    private TextFold() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A code for a new record: "Västra Södermalm" → "vastra-sodermalm", at most {@code max} characters. */
    static String slug(String text, int max) {
        String slug = of(text).replace(' ', '-');
        slug = slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "plats" : slug;
    }
}
