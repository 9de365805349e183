package se.platslage.planimport;

import java.util.ArrayList;
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
 */
final class PlaceResolver {

    /** An existing place ({@code id} set) or one the import creates ({@code id} null, {@code code} new). */
    record PlaceChoice(Long id, String name, PlaceKind kind, String code) {
        boolean created() {
            return id == null;
        }
    }

    static final int PLACE_AREA = 2;
    private static final int MAX_NEW_NAME = 80;

    private final PlaceNameMatcher matcher;
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> byCode = new HashMap<>();
    private final Set<String> takenCodes;
    private final Map<String, PlaceChoice> created = new LinkedHashMap<>();

    PlaceResolver(List<Place> existing, Set<String> takenCodes) {
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

    /** The places of a problem; {@code platslageFile}: its places column is authoritative, even when empty. */
    List<PlaceChoice> forProblem(List<String> named, String description, int area, boolean platslageFile,
            Consumer<String> warn) {
        if (platslageFile || !named.isEmpty()) {
            return named(named, warn);
        }
        String head = head(description);
        Optional<PlaceNameMatcher.Candidate> exact = matcher.match(head);
        if (exact.isPresent()) {
            return List.of(existing(byId.get(exact.get().id())));
        }
        List<PlaceChoice> mentioned = matcher.mentionedIn(firstLine(description)).stream()
                .map(c -> existing(byId.get(c.id()))).toList();
        if (!mentioned.isEmpty() || area != PLACE_AREA || head.isEmpty() || head.length() > MAX_NEW_NAME) {
            return mentioned;
        }
        warn.accept("okänd plats \"" + head + "\": skapas utan geometri och väntar på att ritas på kartan.");
        return List.of(create(head));
    }

    /** A measure's own places (Platsläge's column), or null: the measure is at its problem's places. */
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
                warn.accept("okänd plats \"" + name + "\": skapas utan geometri och väntar på att ritas på kartan.");
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
