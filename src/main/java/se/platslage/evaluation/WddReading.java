package se.platslage.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.platslage.analysis.evaluation.BeforeAfterCounts;
import se.platslage.analysis.evaluation.WeightedDisplacementDifference;

/**
 * The WDD in plain Swedish and English, and the caveats that go with it: "Brotten minskade på platsen med 12
 * (z = −1,9) utan tecken på förflyttning till omgivningen". A part is read as a change when |z| >= 1.96 (5 %,
 * two-sided); otherwise the words say there is no clear sign of one.
 */
final class WddReading {

    /** Below this many incidents (before and after together) in an area the normal approximation is weak. */
    static final int SMALL_COUNT = 10;
    private static final double Z_5_PERCENT = 1.959963984540054;

    private static final Map<String, String> AREA_SV = Map.of("treated", "platsen", "displacement", "omgivningen",
            "treatedControl", "kontrollen för platsen", "displacementControl", "kontrollen för omgivningen",
            "control", "kontrollområdet");
    private static final Map<String, String> AREA_EN = Map.of("treated", "the place", "displacement", "the surroundings",
            "treatedControl", "the place's control", "displacementControl", "the surroundings' control",
            "control", "the control area");

    private WddReading() {
    }

    static Map<String, String> text(WeightedDisplacementDifference.Result r) {
        double localZ = r.localStandardError() > 0 ? r.local() / r.localStandardError() : Double.NaN;
        double dispZ = r.displacementStandardError() > 0 ? r.displacement() / r.displacementStandardError() : Double.NaN;
        StringBuilder sv = new StringBuilder();
        StringBuilder en = new StringBuilder();
        long local = Math.round(Math.abs(r.local()));
        if (Math.round(r.local()) == 0) {
            sv.append("Brotten på platsen förändrades som i kontrollområdet");
            en.append("Crime at the place changed as in the control area");
        } else if (r.local() < 0) {
            sv.append("Brotten minskade på platsen med ").append(local);
            en.append("Crime at the place fell by ").append(local);
        } else {
            sv.append("Brotten ökade på platsen med ").append(local);
            en.append("Crime at the place rose by ").append(local);
        }
        sv.append(" (z = ").append(sv(localZ)).append(")");
        en.append(" (z = ").append(en(localZ)).append(")");
        if (Math.abs(dispZ) >= Z_5_PERCENT && r.displacement() > 0) {
            sv.append(" med tecken på förflyttning till omgivningen (+").append(Math.round(r.displacement()))
                    .append(", z = ").append(sv(dispZ)).append(")");
            en.append(" with signs of displacement to the surroundings (+").append(Math.round(r.displacement()))
                    .append(", z = ").append(en(dispZ)).append(")");
        } else if (Math.abs(dispZ) >= Z_5_PERCENT && r.displacement() < 0) {
            sv.append(" och minskade även i omgivningen (").append(minus(Math.round(r.displacement())))
                    .append(", z = ").append(sv(dispZ)).append("): spridning av nyttan");
            en.append(" and fell in the surroundings too (").append(Math.round(r.displacement()))
                    .append(", z = ").append(en(dispZ)).append("): a diffusion of benefits");
        } else {
            sv.append(" utan tecken på förflyttning till omgivningen");
            en.append(" without signs of displacement to the surroundings");
        }
        long total = Math.round(Math.abs(r.total()));
        sv.append(". Sammantaget ").append(total == 0 ? "ingen förändring" : (r.total() < 0 ? "minskning " : "ökning ") + total)
                .append(" (z = ").append(sv(r.z())).append(", ")
                .append(Math.abs(r.z()) >= Z_5_PERCENT ? "statistiskt säkerställt på 5 %-nivån"
                        : "inte statistiskt säkerställt på 5 %-nivån").append(").");
        en.append(". In all ").append(total == 0 ? "no change" : (r.total() < 0 ? "a fall of " : "a rise of ") + total)
                .append(" (z = ").append(en(r.z())).append(", ")
                .append(Math.abs(r.z()) >= Z_5_PERCENT ? "significant at the 5 % level"
                        : "not significant at the 5 % level").append(").");
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sv", sv.toString());
        m.put("en", en.toString());
        return m;
    }

    static List<Map<String, String>> caveats(Map<String, BeforeAfterCounts> counts, WddControl control) {
        List<Map<String, String>> list = new ArrayList<>();
        List<String> smallSv = new ArrayList<>();
        List<String> smallEn = new ArrayList<>();
        counts.forEach((area, c) -> {
            if (c.before() + c.after() < SMALL_COUNT) {
                smallSv.add(AREA_SV.getOrDefault(area, area));
                smallEn.add(AREA_EN.getOrDefault(area, area));
            }
        });
        if (!smallSv.isEmpty()) {
            list.add(caveat("small-counts", "Få brott (under " + SMALL_COUNT + " före och efter tillsammans) i: "
                    + String.join(", ", smallSv) + ". Normalapproximationen är då osäker; läs z och p med försiktighet.",
                    "Few incidents (under " + SMALL_COUNT + " before and after together) in: " + String.join(", ", smallEn)
                            + ". The normal approximation is then weak; read z and p with care."));
        }
        list.add(caveat("control-choice", "Resultatet bygger på att kontrollområdet hade utvecklats som platsen utan "
                + "åtgärden. Ett annat kontrollområde kan ge ett annat svar.",
                "The result assumes the control area would have developed as the place did without the measure. "
                        + "Another control area may give another answer."));
        if (control.sharedByBothAreas()) {
            list.add(caveat("shared-control", "Resten av stadsdelen är kontroll både för platsen och för omgivningen, "
                    + "skalad efter yta; stora skillnader i yta gör jämförelsen grövre.",
                    "The rest of the district controls both the place and its surroundings, scaled by area; large "
                            + "differences in size make the comparison coarser."));
        }
        return list;
    }

    private static Map<String, String> caveat(String code, String sv, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("sv", sv);
        m.put("en", en);
        return m;
    }

    /** Swedish number: one decimal, decimal comma, a real minus sign. */
    static String sv(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',').replace('-', '−');
    }

    private static String en(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "–";
    }

    private static String minus(long v) {
        return Long.toString(v).replace('-', '−');
    }
}
