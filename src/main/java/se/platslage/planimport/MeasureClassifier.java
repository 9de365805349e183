package se.platslage.planimport;

import java.util.List;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.PhysicalType;

/**
 * Gives a measure from a city file, which has no category column, a category by the words of its text.
 *
 * Algorithm: the first rule whose word starts a word of the folded text wins, in this order: lighting
 * (belysning) → physical/lighting; camera, clearing vegetation → physical; polis, avvisning → police;
 * uppsökande, fält → social; kommunikation → communication; platsaktivering, Sommartorg → activation;
 * nothing found → collaboration (most of the plans' measures are joint work). The order settles texts that
 * name several ("Polisen och fältassistenter …" is police). The import preview warns for every guess.
 */
final class MeasureClassifier {

    record Guess(MeasureCategory category, PhysicalType type, String word) {
    }

    private record Rule(String wordStart, MeasureCategory category, PhysicalType type) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("belysning", MeasureCategory.PHYSICAL, PhysicalType.LIGHTING),
            new Rule("belysa", MeasureCategory.PHYSICAL, PhysicalType.LIGHTING),
            new Rule("kamera", MeasureCategory.PHYSICAL, PhysicalType.CAMERA),
            new Rule("rojning", MeasureCategory.PHYSICAL, PhysicalType.VEGETATION),
            new Rule("polis", MeasureCategory.POLICE, null),
            new Rule("avvisning", MeasureCategory.POLICE, null),
            new Rule("uppsokande", MeasureCategory.SOCIAL, null),
            new Rule("falt", MeasureCategory.SOCIAL, null),
            new Rule("kommunikation", MeasureCategory.COMMUNICATION, null),
            new Rule("platsaktivering", MeasureCategory.ACTIVATION, null),
            new Rule("sommartorg", MeasureCategory.ACTIVATION, null));

    private MeasureClassifier() {
    }

    static Guess classify(String description) {
        String text = " " + TextFold.of(description);
        for (Rule rule : RULES) {
            if (text.contains(" " + rule.wordStart())) {
                return new Guess(rule.category(), rule.type(), rule.wordStart());
            }
        }
        return new Guess(MeasureCategory.COLLABORATION, null, null);
    }
}
