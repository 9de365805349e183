package se.platslage.planfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an existing place by the name a plan writes, tolerant of case, punctuation and lost å/ä/ö
 * ("Alvsjo torg" = "Älvsjö torg") and of the plans' abbreviations ("Hägerstens BP" = "Hägerstens bollplan",
 * "IP" = idrottsplats).
 *
 * Algorithm: names and aliases become keys ({@link TextKey}, then abbreviations expanded word by word, then a
 * trailing parenthesis such as "(ÖDS)" dropped). A name matches a place when the keys are equal; failing that,
 * when exactly one place's key equals the name's key with a genitive -s removed from its first word
 * ("Hägerstens bollplan" ~ "Hägersten bollplan"). Two places with the same key are ambiguous: no match, so the
 * strategist chooses, never the code.
 */
public final class PlaceNameMatcher {

    /** A place as the matcher needs it: the stored id, its name and the plans' other spellings. */
    public record Candidate(String id, String name, List<String> aliases) {
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bp", "bollplan"), Map.entry("ip", "idrottsplats"), Map.entry("lp", "lekplats"),
            Map.entry("sdf", "stadsdelsforvaltning"), Map.entry("c", "centrum"), Map.entry("t", "tunnelbana"),
            Map.entry("tbana", "tunnelbana"), Map.entry("gc", "gang och cykel"), Map.entry("pl", "plan"),
            Map.entry("sthlm", "stockholm"), Map.entry("st", "sankt"));
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private final Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Candidate>> byLooseKey = new LinkedHashMap<>();

    public PlaceNameMatcher(List<Candidate> places) {
        for (Candidate place : places) {
            List<String> names = new ArrayList<>();
            names.add(place.name());
            if (place.aliases() != null) {
                names.addAll(place.aliases());
            }
            for (String name : names) {
                addOnce(byKey, key(name), place);
                addOnce(byLooseKey, loose(key(name)), place);
            }
        }
    }

    /** The one place {@code name} refers to, or empty (unknown or ambiguous: it goes to the placing queue). */
    public Optional<Candidate> match(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> exact = byKey.getOrDefault(key, List.of());
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        List<Candidate> loose = byLooseKey.getOrDefault(loose(key), List.of());
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /**
     * The places whose name or alias (as a key, at least two words or eight letters, so "Torg" alone finds
     * nothing) occurs word for word in {@code text}: for a city file, whose problem cell names its place in
     * running text ("Hässelby torg (ÖDS) Ytorna i anslutning …"). Ambiguous names are left out.
     */
    public List<Candidate> mentionedIn(String text) {
        String haystack = " " + key(text) + " ";
        List<Candidate> found = new ArrayList<>();
        byKey.forEach((key, places) -> {
            boolean specific = key.contains(" ") || key.length() >= 8;
            if (specific && places.size() == 1 && haystack.contains(" " + key + " ")
                    && !found.contains(places.get(0))) {
                found.add(places.get(0));
            }
        });
        return found;
    }

    private static void addOnce(Map<String, List<Candidate>> index, String key, Candidate place) {
        List<Candidate> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!key.isEmpty() && list.stream().noneMatch(c -> c.id().equals(place.id()))) {
            list.add(place);
        }
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = TextKey.of(TRAILING_PARENTHESIS.matcher(name).replaceAll(""));
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(ABBREVIATIONS.getOrDefault(word, word));
        }
        return String.join(" ", words).strip();
    }

    /** Drops a genitive -s from the first word: the plans write both "Hägerstens" and "Hägersten". */
    private static String loose(String key) {
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        if (first.length() > 3 && first.endsWith("s")) {
            first = first.substring(0, first.length() - 1);
        }
        return space < 0 ? first : first + key.substring(space);
    }
}
