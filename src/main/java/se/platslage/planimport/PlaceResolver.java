package se.platslage.planimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.platslage.place.Place;
import se.platslage.place.PlaceKind;
import se.platslage.planfile.PlaceNameMatcher;

/**
 * Decides which place each problem and measure of an imported plan is at: an existing place (by code from
 * Platsläge's own columns, else by name through {@link PlaceNameMatcher}), or a new place without geometry,
 * which then waits in the queue {@code GET /api/places?unplaced=true} until someone draws it on the map.
 *
 * A city file has no place column: for a problem in area 2 ("Otrygga och brottsutsatta platser", the area
 * whose problems are places) the place is read from the start of the problem text, up to the first dash,
 * colon, comma or line break; failing a match, every known place named word for word in that first line
 * counts; failing that too, the start becomes a new place. Other areas' problems are tied to places only
 * where they name a known one, never to a new one: their texts are about groups, not places.
 *
 * A problem that starts with the name of one of the district's platssamverkan areas ("Platssamverkan
 * Liljeholmen / Arbetsgrupp …") is at that area, not at a new place; so is any "Platssamverkan …" problem
 * when the district has exactly one such area. The plans abbreviate slash-joined names to initials
 * ("Platssamverkan Ä/S" for "Platssamverkan Älvsjö/Solberga", "F/V/H"): a short form matches the one long
 * form among the district's areas and places, or else among the names written elsewhere in the same file
 * ({@link #knowFileNames}), and a new place is then created once, under the long form.
 */
final class PlaceResolver {

    /** An existing place ({@code id} set) or one the import creates ({@code id} null, {@code code} new). */
    record PlaceChoice(Long id, String name, PlaceKind kind, String code) {
        boolean created() {
            return id == null;
        }
    }

    /** A platssamverkan area of the district ({@code se.platslage.district.Area}). */
    record AreaChoice(Long id, String code, String name) {
    }

    /** A problem's places and, when it is a platssamverkan's, its area (null otherwise). */
    record ProblemPlaces(List<PlaceChoice> places, AreaChoice area) {
    }

    static final int PLACE_AREA = 2;
    private static final String PLATSSAMVERKAN = "platssamverkan";
    private static final int MAX_NEW_NAME = 80;

    private final PlaceNameMatcher matcher;
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> byCode = new HashMap<>();
    private final Set<String> takenCodes;
    private final Map<String, PlaceChoice> created = new LinkedHashMap<>();
    private final List<AreaChoice> areas;
    private final List<String> fileNames = new ArrayList<>();

    /** {@code areas}: the district's platssamverkan areas. */
    PlaceResolver(List<Place> existing, List<AreaChoice> areas, Set<String> takenCodes) {
        this.areas = List.copyOf(areas);
        List<PlaceNameMatcher.Candidate> candidates = new ArrayList<>();
        for (Place place : existing) {
            String id = String.valueOf(place.getId());
            byId.put(id, place);
            if (place.getCode() != null) {
                byCode.put(place.getCode(), place);
            }
            candidates.add(new PlaceNameMatcher.Candidate(id, place.getName(),
                    place.getAliases() == null ? List.of() : List.of(place.getAliases().split("\\|"))));
        }
        this.matcher = new PlaceNameMatcher(candidates);
        this.takenCodes = new java.util.HashSet<>(takenCodes);
    }

    /** The names the file's problems start with, so a short form can find its long form written elsewhere. */
    void knowFileNames(List<String> problemDescriptions) {
        problemDescriptions.stream().map(PlaceResolver::head).filter(h -> !h.isEmpty()).forEach(fileNames::add);
    }

    /**
     * The places of a problem; {@code platslageFile}: its places column is authoritative, even when empty.
     * {@code warn} gets the name of each place the import creates.
     */
    ProblemPlaces forProblem(List<String> named, String description, int area, boolean platslageFile,
            Consumer<String> warn) {
        if (platslageFile || !named.isEmpty()) {
            return new ProblemPlaces(named(named, warn), null);
        }
        String head = head(description);
        Optional<PlaceNameMatcher.Candidate> exact = matcher.match(head);
        if (exact.isPresent()) {
            return new ProblemPlaces(List.of(existing(byId.get(exact.get().id()))), null);
        }
        List<PlaceChoice> mentioned = matcher.mentionedIn(firstLine(description)).stream()
                .map(c -> existing(byId.get(c.id()))).toList();
        AreaChoice platssamverkan = area(head);
        if (platssamverkan != null) {
            return new ProblemPlaces(mentioned, platssamverkan);
        }
        if (!mentioned.isEmpty() || area != PLACE_AREA || head.isEmpty() || head.length() > MAX_NEW_NAME) {
            return new ProblemPlaces(mentioned, null);
        }
        Place abbreviated = existingByShortForm(head);
        if (abbreviated != null) {
            return new ProblemPlaces(List.of(existing(abbreviated)), null);
        }
        String name = longForm(head);
        if (!created.containsKey(TextFold.of(name))) {
            warn.accept(name);
        }
        return new ProblemPlaces(List.of(create(name)), null);
    }

    /** The platssamverkan area a problem's head names, or null. */
    private AreaChoice area(String head) {
        String key = TextFold.of(head);
        if (!key.startsWith(PLATSSAMVERKAN)) {
            return null;
        }
        List<AreaChoice> named = areas.stream().filter(a -> {
            String name = TextFold.of(a.name());
            return key.equals(name) || key.startsWith(name + " ") || sameShortForm(head, a.name());
        }).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return named.isEmpty() && areas.size() == 1 ? areas.get(0) : null;
    }

    private Place existingByShortForm(String head) {
        List<Place> found = byId.values().stream().filter(p -> sameShortForm(head, p.getName())
                || (p.getAliases() != null && List.of(p.getAliases().split("\\|")).stream()
                        .anyMatch(alias -> sameShortForm(head, alias)))).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The one long form of {@code name} written elsewhere in the file, or the name itself. */
    private String longForm(String name) {
        if (!isShortForm(name)) {
            return name;
        }
        List<String> longer = fileNames.stream().filter(n -> sameShortForm(name, n)).map(String::strip).distinct()
                .toList();
        return longer.stream().map(TextFold::of).distinct().count() == 1 ? longer.get(0) : name;
    }

    /**
     * Whether one of the two names is the other with its slash-joined words cut to initials: "Platssamverkan
     * Ä/S" and "Platssamverkan Älvsjö/Solberga" (either way round); two long forms never match this way.
     */
    static boolean sameShortForm(String a, String b) {
        return isShortForm(a) != isShortForm(b) && !initials(a).isEmpty() && initials(a).equals(initials(b));
    }

    /** A name with a slash group of single letters ("Ä/S", "F/V/H"). */
    static boolean isShortForm(String name) {
        return name != null && Arrays.stream(name.strip().split("\\s+")).anyMatch(w -> {
            String[] parts = w.replaceAll("[.,:;]+$", "").split("/", -1);
            return parts.length > 1 && Arrays.stream(parts).allMatch(p -> p.length() == 1
                    && Character.isLetter(p.charAt(0)));
        });
    }

    /** The name's key with every slash group cut to initials: both forms above give "platssamverkan a s". */
    static String initials(String name) {
        if (name == null || !name.contains("/")) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            String[] parts = w.split("/", -1);
            if (parts.length > 1 && Arrays.stream(parts).noneMatch(String::isBlank)) {
                words.add(String.join(" ", Arrays.stream(parts).map(p -> TextFold.of(p))
                        .map(p -> p.isEmpty() ? "" : p.substring(0, 1)).toList()));
            } else {
                words.add(TextFold.of(w));
            }
        }
        return String.join(" ", words).replaceAll("\\s+", " ").strip();
    }

    /** A measure's own places (Platsläge's column), or null: the measure is at its problem's places; {@code warn}
     * gets the name of each place the import creates. */
    List<PlaceChoice> forMeasure(List<String> named, Consumer<String> warn) {
        return named == null || named.isEmpty() ? null : named(named, warn);
    }

    List<PlaceChoice> created() {
        return List.copyOf(created.values());
    }

    private List<PlaceChoice> named(List<String> names, Consumer<String> warn) {
        List<PlaceChoice> result = new ArrayList<>();
        for (String name : names) {
            Place place = byCode.get(name);
            if (place == null) {
                place = matcher.match(name).map(c -> byId.get(c.id())).orElse(null);
            }
            if (place != null) {
                result.add(existing(place));
            } else {
                warn.accept(name);
                result.add(create(name));
            }
        }
        return result;
    }

    private PlaceChoice create(String name) {
        String key = TextFold.of(name);
        return created.computeIfAbsent(key, k -> {
            String base = TextFold.slug(name, 90);
            String code = base;
            for (int i = 2; takenCodes.contains(code); i++) {
                code = base + "-" + i;
            }
            takenCodes.add(code);
            return new PlaceChoice(null, name.strip(), PlaceKinds.guess(name), code);
        });
    }

    private static PlaceChoice existing(Place place) {
        return new PlaceChoice(place.getId(), place.getName(), place.getKind(), place.getCode());
    }

    /** "Hässelby torg (ÖDS) - stora torget, …" → "Hässelby torg (ÖDS)". */
    static String head(String description) {
        String line = firstLine(description);
        String[] parts = line.split("\\s+[-–—]\\s+|:\\s|,\\s|\\.\\s", 2);
        return parts[0].strip();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().split("\\R", 2)[0].strip();
    }
}
