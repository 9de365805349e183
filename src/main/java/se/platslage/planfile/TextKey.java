package se.platslage.planfile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key for names and header words: lower case, å/ä/ö and other accents folded to a/a/o, every run of
 * punctuation and whitespace one space. "Älvsjö  torg!" and "alvsjo torg" get the same key; so do OCR'd texts
 * that lost their å/ä/ö.
 */
final class TextKey {

    private TextKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
