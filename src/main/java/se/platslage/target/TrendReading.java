package se.platslage.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.platslage.analysis.trend.MannKendallResult;

/**
 * The one place a target's trend is put into words, in Swedish and English, with its caveats: the target
 * page, the police review and the plan's follow-up export all show these strings, never their own.
 *
 * <p>"Narkotikabrott inom platsen: minskande, −4,1 per år (p = 0,02, 36 månader)". A direction is only
 * called increasing or decreasing when the two-sided p-value is below {@value #SIGNIFICANCE}; otherwise the
 * reading says there is no clear trend and still gives the slope and p.
 */
public final class TrendReading {

    public static final double SIGNIFICANCE = 0.05;
    /** Below two years of months a trend is read with extra caution. */
    static final int FEW_MONTHS = 24;

    private TrendReading() {
    }

    /** What was counted and where, in words: "Narkotikabrott inom platsen". */
    public record Subject(String sv, String en) {

        static Subject of(List<String> types, String geometrySource, double bufferMeters) {
            String whatSv;
            String whatEn;
            if (types.isEmpty()) {
                whatSv = "Alla brott";
                whatEn = "All incidents";
            } else if (types.size() == 1) {
                whatSv = types.get(0);
                whatEn = types.get(0).equalsIgnoreCase("Narkotikabrott") ? "Narcotics offences" : types.get(0);
            } else {
                whatSv = "Brott av " + types.size() + " valda typer";
                whatEn = "Incidents of " + types.size() + " chosen types";
            }
            String buffer = bufferMeters > 0 ? fmt(bufferMeters, 0, Locale.ROOT) + " m " : "";
            return switch (geometrySource) {
                case "assessment" -> bufferMeters > 0
                        ? new Subject(whatSv + " inom " + buffer + "från platsens bedömda utbredning",
                                whatEn + " within " + buffer + "of the scene's assessed extent")
                        : new Subject(whatSv + " inom platsen", whatEn + " within the place");
                case "area" -> new Subject(whatSv + " inom området", whatEn + " within the area");
                default -> bufferMeters > 0
                        ? new Subject(whatSv + " inom " + buffer + "från platsen", whatEn + " within " + buffer + "of the place")
                        : new Subject(whatSv + " på platsen", whatEn + " at the place");
            };
        }
    }

    /** {@code {"sv": ..., "en": ...}} for the result; {@code perYear} is Sen's slope per year. */
    public static Map<String, String> reading(Subject subject, MannKendallResult mk, double perYear) {
        if (!mk.computable()) {
            String whySv = mk.noTrend() == MannKendallResult.NoTrend.CONSTANT
                    ? "alla " + mk.n() + " månader har samma antal" : months(mk.n(), "sv") + ", minst 3 behövs";
            String whyEn = mk.noTrend() == MannKendallResult.NoTrend.CONSTANT
                    ? "all " + mk.n() + " months have the same count" : months(mk.n(), "en") + ", at least 3 are needed";
            return Map.of("sv", subject.sv() + ": ingen trend kan beräknas (" + whySv + ")",
                    "en", subject.en() + ": no trend can be computed (" + whyEn + ")");
        }
        boolean clear = mk.pValue() < SIGNIFICANCE && mk.direction() != 0;
        String sv = clear ? (mk.direction() < 0 ? "minskande" : "ökande") : "ingen tydlig trend";
        String en = clear ? (mk.direction() < 0 ? "decreasing" : "increasing") : "no clear trend";
        return Map.of(
                "sv", subject.sv() + ": " + sv + ", " + signed(perYear, new Locale("sv", "SE")) + " per år ("
                        + p(mk.pValue(), new Locale("sv", "SE")) + ", " + months(mk.n(), "sv") + ")",
                "en", subject.en() + ": " + en + ", " + signed(perYear, Locale.UK) + " per year ("
                        + p(mk.pValue(), Locale.UK) + ", " + months(mk.n(), "en") + ")");
    }

    /** The honest caveats, each a sentence, {@code {"sv": [...], "en": [...]}}. */
    public static Map<String, List<String>> caveats(int months, boolean synthetic, String geometrySource) {
        List<String> sv = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (synthetic) {
            sv.add("SYNTETISKA data (demo): inte verkliga brott.");
            en.add("SYNTHETIC data (demo): not real incidents.");
        }
        if (months < FEW_MONTHS) {
            sv.add("Få månader (" + months + "): en trend över kortare tid än två år är osäker.");
            en.add("Few months (" + months + "): a trend over less than two years is uncertain.");
        }
        sv.add("Registrerade brott speglar också polisens arbete: fler kontroller på platsen ger fler "
                + "registrerade narkotikabrott, så en ökning kan betyda mer polisarbete och en minskning mindre.");
        en.add("Recorded offences also reflect police activity: more checks at the place record more drug "
                + "offences, so a rise can mean more policing and a fall less.");
        if ("assessment".equals(geometrySource)) {
            sv.add("Hela perioden räknas inom den senast bedömda utbredningen.");
            en.add("The whole period is counted within the latest assessed extent.");
        }
        return Map.of("sv", sv, "en", en);
    }

    private static String months(int n, String lang) {
        return n + (lang.equals("sv") ? (n == 1 ? " månad" : " månader") : (n == 1 ? " month" : " months"));
    }

    private static String signed(double v, Locale locale) {
        String s = fmt(Math.abs(v), 1, locale);
        return (v < 0 && !s.matches("[0.,]+") ? "\u2212" : v > 0 && !s.matches("[0.,]+") ? "+" : "") + s;
    }

    private static String p(double p, Locale locale) {
        if (p < 0.001) {
            return "p < " + fmt(0.001, 3, locale);
        }
        return "p = " + fmt(p, p < 0.01 ? 3 : 2, locale);
    }

    private static String fmt(double v, int decimals, Locale locale) {
        return String.format(locale, "%." + decimals + "f", v);
    }
}
