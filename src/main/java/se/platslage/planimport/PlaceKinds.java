package se.platslage.planimport;

import java.util.List;
import java.util.Map;
import se.platslage.place.PlaceKind;

/**
 * Guesses the kind of a place the import creates from the words of its name ("Engelska parken" → park,
 * "Älvsjö IP" → idrottsplats, "Drakenbergsparken" → park); anything else is {@code övrigt} for the
 * strategist to correct when drawing it.
 */
final class PlaceKinds {

    /** Word starts or ends, in order; abbreviations match whole words only. */
    private static final List<Map.Entry<String, PlaceKind>> WORDS = List.of(
            Map.entry("lekplats", PlaceKind.LEKPLATS), Map.entry("idrottsplats", PlaceKind.IDROTTSPLATS),
            Map.entry("bollplan", PlaceKind.BOLLPLAN), Map.entry("skolgard", PlaceKind.SKOLGARD),
            Map.entry("parkering", PlaceKind.PARKERING), Map.entry("torg", PlaceKind.TORG),
            Map.entry("park", PlaceKind.PARK), Map.entry("gangvag", PlaceKind.GANGVAG),
            Map.entry("station", PlaceKind.STATION), Map.entry("tunnelbana", PlaceKind.STATION),
            Map.entry("centrum", PlaceKind.CENTRUM), Map.entry("strand", PlaceKind.STRAND),
            Map.entry("badplats", PlaceKind.STRAND), Map.entry("gatan", PlaceKind.GATA),
            Map.entry("vagen", PlaceKind.GATA), Map.entry("omrade", PlaceKind.OMRADE),
            Map.entry("platssamverkan", PlaceKind.OMRADE));
    private static final Map<String, PlaceKind> ABBREVIATIONS = Map.of("ip", PlaceKind.IDROTTSPLATS,
            "bp", PlaceKind.BOLLPLAN, "lp", PlaceKind.LEKPLATS, "c", PlaceKind.CENTRUM, "gc", PlaceKind.GANGVAG);

    private PlaceKinds() {
    }

    static PlaceKind guess(String name) {
        String[] words = TextFold.of(name).split(" ");
        for (String word : words) {
            if (ABBREVIATIONS.containsKey(word)) {
                return ABBREVIATIONS.get(word);
            }
        }
        for (Map.Entry<String, PlaceKind> entry : WORDS) {
            for (String word : words) {
                String w = entry.getKey();
                if (word.startsWith(w) || word.endsWith(w) || word.endsWith(w + "en")) {
                    return entry.getValue();
                }
            }
        }
        return PlaceKind.OVRIGT;
    }
}
