package se.platslage.walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.geo.Features;
import se.platslage.place.Place;

/**
 * Ratings of places, walk by walk: the mean of a walk's checklist ratings at a place is its score (0–3) that
 * walk. The map's score layer shows each place's latest score in three classes, each with its own glyph as
 * well as its colour, so the classes can be told apart without colour vision.
 *
 * <p>Classes: good (score ≥ 2), fair (1 ≤ score &lt; 2), poor (score &lt; 1), on Safetipin's 0–3 scale where 3
 * is safest.
 */
@Service
public class WalkRatings {

    private final ObservationRepository observations;

    WalkRatings(ObservationRepository observations) {
        this.observations = observations;
    }

    /** A place's scores over time, oldest walk first, with the mean per checklist parameter. */
    @Transactional(readOnly = true)
    public Map<String, Object> ofPlace(long placeId) {
        List<Map<String, Object>> walks = byWalk(observations.findRatedAt(List.of(placeId)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("place", placeId);
        json.put("walks", walks);
        return json;
    }

    /** Every rated place (of the district, when given) at its latest walk's score, as GeoJSON points. */
    @Transactional(readOnly = true)
    public Map<String, Object> scoreLayer(String district) {
        List<Observation> rated = district == null || district.isBlank() ? observations.findAllRated()
                : observations.findRatedInDistrict(district);
        Map<Long, List<Observation>> byPlace = rated.stream()
                .collect(Collectors.groupingBy(o -> o.getPlace().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> features = new ArrayList<>();
        byPlace.forEach((placeId, list) -> {
            Place place = list.get(0).getPlace();
            if (place.getGeometry() == null) {
                return;
            }
            List<Map<String, Object>> walks = byWalk(list);
            Map<String, Object> latest = walks.get(walks.size() - 1);
            double score = (double) latest.get("score");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("place", placeId);
            p.put("name", place.getName());
            p.put("walk", latest.get("walk"));
            p.put("startsAt", latest.get("startsAt"));
            p.put("score", score);
            p.put("scoreClass", scoreClass(score));
            p.put("glyph", glyph(score));
            p.put("previousScore", walks.size() > 1 ? walks.get(walks.size() - 2).get("score") : null);
            p.put("walks", walks.size());
            features.add(Features.feature(placeId, place.getGeometry().getInteriorPoint(), p));
        });
        return Features.collection(features, features.size(), null);
    }

    static String scoreClass(double score) {
        return score >= 2 ? "good" : score >= 1 ? "fair" : "poor";
    }

    static String glyph(double score) {
        return score >= 2 ? "✓" : score >= 1 ? "!" : "✕";
    }

    /** Observations (ordered by walk start) grouped by walk, each with its score and means per parameter. */
    private static List<Map<String, Object>> byWalk(List<Observation> rated) {
        Map<Long, List<Observation>> byWalk = rated.stream()
                .collect(Collectors.groupingBy(o -> o.getWalk().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> walks = new ArrayList<>();
        byWalk.forEach((walkId, list) -> {
            Walk walk = list.get(0).getWalk();
            Map<String, List<Integer>> byParameter = new TreeMap<>();
            list.forEach(o -> byParameter.computeIfAbsent(o.getParameter(), k -> new ArrayList<>()).add(o.getRating()));
            Map<String, Object> parameters = new LinkedHashMap<>();
            byParameter.forEach((code, ratings) -> parameters.put(code, mean(ratings)));
            double score = mean(list.stream().map(Observation::getRating).toList());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("walk", walkId);
            json.put("title", walk.getTitle());
            json.put("startsAt", walk.getStartsAt());
            json.put("score", score);
            json.put("scoreClass", scoreClass(score));
            json.put("glyph", glyph(score));
            json.put("ratings", list.size());
            json.put("parameters", parameters);
            walks.add(json);
        });
        return walks;
    }

    /** Mean to two decimals: ratings are whole numbers 0–3, more precision says nothing. */
    private static double mean(List<Integer> ratings) {
        double sum = ratings.stream().mapToInt(Integer::intValue).sum();
        return Math.round(sum / ratings.size() * 100) / 100.0;
    }
}
