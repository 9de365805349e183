package se.platslage.planfile;

import se.platslage.measure.TimingParser;
import se.platslage.measure.TimingParser.Kind;

/**
 * Splits "När" and "Vem" that the PDF-to-Excel conversion ran into one cell ("2024 Parkingenjör",
 * "Pågående linjearbete Enhetschef mottagningsenheten").
 *
 * Algorithm: only when the other cell is empty. If the cell has several lines, the first lines that read as a
 * timing and the remaining lines that look like a role are split at the line break. Otherwise the longest run of leading words that the timing parser
 * understands is the timing; the rest is the responsible role if it looks like one: it starts with a capital
 * letter, has at most six words and no full stop. "Sommar 2024 och fortsatt under hösten" therefore stays
 * whole, and so does any text the parser understands as a whole.
 */
final class WhenWho {

    record Split(String when, String who) {
    }

    private static final int MAX_ROLE_WORDS = 6;

    private WhenWho() {
    }

    /** The split, or null when the text is not timing and role run together. */
    static Split split(String text, int planYear, TimingParser.AgreementPeriod agreement) {
        if (text == null) {
            return null;
        }
        // A line break is where the PDF's columns met: try it first, even if the whole reads as a timing.
        String[] lines = text.strip().split("\\s*\\n\\s*");
        for (int n = lines.length - 1; n >= 1; n--) {
            String when = String.join(" ", java.util.Arrays.copyOfRange(lines, 0, n));
            String who = String.join(" ", java.util.Arrays.copyOfRange(lines, n, lines.length));
            if (understood(when, planYear, agreement) && looksLikeRole(who)) {
                return new Split(when, who);
            }
        }
        if (understood(text, planYear, agreement)) {
            return null;
        }
        String[] words = text.strip().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String when = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            String who = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
            if (understood(when, planYear, agreement)) {
                return looksLikeRole(who) ? new Split(when, who) : null;
            }
        }
        return null;
    }

    private static boolean understood(String text, int planYear, TimingParser.AgreementPeriod agreement) {
        Kind kind = TimingParser.read(text, planYear, agreement).kind();
        return kind == Kind.PERIOD || kind == Kind.CONTINUOUS || kind == Kind.AGREEMENT_PERIOD;
    }

    private static boolean looksLikeRole(String who) {
        return Character.isUpperCase(who.codePointAt(0)) && !who.contains(".")
                && who.split("\\s+").length <= MAX_ROLE_WORDS;
    }
}
