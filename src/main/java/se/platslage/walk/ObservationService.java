package se.platslage.walk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.audit.AuditLog;
import se.platslage.geo.Feature;
import se.platslage.geo.Features;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;
import se.platslage.measure.MeasureProperties;
import se.platslage.measure.MeasureRequest;
import se.platslage.measure.MeasureService;
import se.platslage.photo.PhotoAccess;
import se.platslage.photo.PhotoOwner;
import se.platslage.photo.Photos;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.problem.ProblemRequest;
import se.platslage.problem.ProblemService;
import se.platslage.problem.ProblemView;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.ConflictException;
import se.platslage.system.IdempotencyKeys;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.vocabulary.MeasureCategory;

/**
 * Observations of a walk: recorded on the spot (once per idempotency key), with photos, and afterwards turned
 * into a problem or a measure of the plan, the link kept on both sides ({@link #linkedTo}).
 */
@Service
public class ObservationService implements PhotoAccess {

    static final String OWNER_TYPE = "observation";
    static final String AUDIT_TYPE = "walk-observation";
    /** How far from a walk's place an observation still concerns it, when the phone does not say. */
    static final double NEAREST_PLACE_METERS = 150;
    /** A phone's clock may run a little ahead; an observation from further in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final WalkService walks;
    private final ObservationRepository observations;
    private final PlaceLookup places;
    private final Photos photos;
    private final ProblemService problems;
    private final MeasureService measures;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    ObservationService(WalkService walks, ObservationRepository observations, PlaceLookup places, Photos photos,
            ProblemService problems, MeasureService measures, CurrentActor current, AuditLog audit, Clock clock) {
        this.walks = walks;
        this.observations = observations;
        this.places = places;
        this.photos = photos;
        this.problems = problems;
        this.measures = measures;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The observation recorded now, or the one recorded earlier with the same key: {@code created} says which. */
    public record Recorded(Map<String, Object> observation, boolean created) {
    }

    @Transactional
    public Recorded record(long walkId, ObservationRequest r, String idempotencyKey) {
        Walk walk = walks.find(walkId);
        Actor actor = current.get();
        boolean restricted = Boolean.TRUE.equals(r.restricted());
        WalkPolicy.POLICY.require(actor, walk, restricted ? Action.RESTRICTED_OBSERVATION : Action.OBSERVE);
        String key = IdempotencyKeys.checked(idempotencyKey);
        Optional<Observation> earlier = observations.findByRecordedByAndIdempotencyKey(actor.username(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().getWalk().getId().equals(walk.getId())) {
                throw new ConflictException("the Idempotency-Key was used for an observation of walk "
                        + earlier.get().getWalk().getId() + "; send a new key for a new observation",
                        Map.of("field", IdempotencyKeys.HEADER));
            }
            return new Recorded(feature(earlier.get(), actor), false);
        }
        List<ChecklistItem> checklist = walks.checklist(walk);
        String parameter = blankToNull(r.parameter());
        if (parameter != null && checklist.stream().noneMatch(i -> i.code().equals(parameter))) {
            throw new InvalidInputException("parameter", "'" + parameter + "' is not on this walk's checklist "
                    + checklist.stream().map(ChecklistItem::code).toList());
        }
        if ((parameter == null) != (r.rating() == null)) {
            throw new InvalidInputException(parameter == null ? "parameter" : "rating",
                    "a rating needs its checklist parameter, and a parameter its rating 0–3");
        }
        String text = blankToNull(r.text());
        if (parameter == null && text == null) {
            throw new InvalidInputException("text", "an observation needs a rating or a text");
        }
        if ("gps".equals(r.source()) && r.accuracyM() == null) {
            throw new InvalidInputException("accuracyM", "a position from the phone's GPS needs its accuracy");
        }
        if (!Sweref.AREA_OF_USE_WGS84.contains(r.lon(), r.lat())) {
            throw new InvalidInputException("lon", "the position " + r.lon() + ", " + r.lat()
                    + " (lon, lat) is outside Sweden (SWEREF 99 TM's area of use)");
        }
        Instant now = Instant.now(clock);
        Instant observedAt = r.observedAt() == null ? now : r.observedAt().toInstant();
        if (observedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("observedAt", "is in the future");
        }
        Point position = (Point) Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(r.lon(), r.lat())));
        Place place = r.place() != null ? places.require(List.of(r.place()), "place").iterator().next()
                : nearestPlace(walk, position);
        Observation observation = observations.saveAndFlush(new Observation(walk, position, r.source(),
                "gps".equals(r.source()) ? r.accuracyM() : null, place, parameter, r.rating(), text, restricted,
                observedAt, key, actor.username(), now));
        audit.record(AUDIT_TYPE, observation.getId(), AuditLog.Action.CREATE, null, snapshot(observation));
        return new Recorded(feature(observation, actor), true);
    }

    /** The walk's observations as GeoJSON (WGS84), oldest first, with the photos the user may see. */
    @Transactional(readOnly = true)
    public Map<String, Object> list(long walkId) {
        Walk walk = walks.find(walkId);
        Actor actor = current.get();
        List<Observation> found = observations.findByWalkOrderByObservedAtAscIdAsc(walk);
        Map<Long, List<Map<String, Object>>> pictures = photos.of(OWNER_TYPE, found.stream().map(Observation::getId).toList());
        List<Map<String, Object>> features = found.stream().map(o -> {
            Map<String, Object> feature = feature(o, actor);
            properties(feature).put("photos", pictures.getOrDefault(o.getId(), List.of()));
            return feature;
        }).toList();
        return Features.collection(features, features.size(), null);
    }

    @Transactional
    public Photos.Added addPhoto(long walkId, long observationId, MultipartFile file, String idempotencyKey) {
        Observation observation = find(walkId, observationId);
        Actor actor = current.get();
        WalkPolicy.POLICY.require(actor, observation.getWalk(),
                observation.isRestricted() ? Action.RESTRICTED_OBSERVATION : Action.OBSERVE);
        return photos.add(new PhotoOwner(OWNER_TYPE, observation.getId(), observation.isRestricted()), null, file,
                idempotencyKey);
    }

    /** Creates a problem from the observation (ProblemService checks who may) and links the two. */
    @Transactional
    public Map<String, Object> toProblem(long walkId, long observationId, ConversionRequest r) {
        Observation observation = find(walkId, observationId);
        Actor actor = current.get();
        WalkPolicy.POLICY.require(actor, observation.getWalk(), Action.EDIT);
        if (observation.getProblemId() != null) {
            throw new ConflictException("observation " + observationId + " already became problem "
                    + observation.getProblemId(), Map.of("problem", observation.getProblemId()));
        }
        if (r.plan() == null) {
            throw new InvalidInputException("plan", "is required: the plan the problem belongs to");
        }
        List<ProblemRequest.CauseRequest> causes = r.causeText() == null || r.causeText().isBlank() ? List.of()
                : List.of(new ProblemRequest.CauseRequest(null, r.causeText().trim()));
        ProblemView created = problems.create(new ProblemRequest(r.plan(),
                r.priorityArea() == null ? 2 : r.priorityArea(), describe(observation, r.description()), null, null,
                placeIds(observation), causes, null));
        long problemId = created.id();
        Map<String, Object> before = snapshot(observation);
        observation.becameProblem(problemId);
        observations.saveAndFlush(observation);
        audit.record(AUDIT_TYPE, observation.getId(), AuditLog.Action.UPDATE, before, snapshot(observation));
        return Map.of("observation", feature(observation, actor), "problem", created);
    }

    /** Creates a measure from the observation (MeasureService checks who may) and links the two. */
    @Transactional
    public Map<String, Object> toMeasure(long walkId, long observationId, ConversionRequest r) {
        Observation observation = find(walkId, observationId);
        Actor actor = current.get();
        WalkPolicy.POLICY.require(actor, observation.getWalk(), Action.EDIT);
        if (observation.getMeasureId() != null) {
            throw new ConflictException("observation " + observationId + " already became measure "
                    + observation.getMeasureId(), Map.of("measure", observation.getMeasureId()));
        }
        Long problem = r.problem() != null ? r.problem() : observation.getProblemId();
        if (problem == null) {
            throw new InvalidInputException("problem", "is required: the problem the measure answers "
                    + "(or turn the observation into a problem first)");
        }
        List<Long> placeIds = placeIds(observation);
        // Without a place, the measure is where the observation was made.
        JsonNode geometry = placeIds.isEmpty() ? GeoJsonGeometries.write(Sweref.toWgs84(observation.getPosition())) : null;
        Feature<MeasureProperties> created = measures.create(new MeasureRequest(problem, r.cause(),
                describe(observation, r.description()), r.category() == null ? MeasureCategory.PHYSICAL : r.category(),
                r.type(), null, r.timing(), r.responsible(), placeIds.isEmpty() ? null : placeIds, geometry,
                geometry == null ? null : "Trygghetsvandring: observationens position", null, null, null));
        long measureId = created.id();
        Map<String, Object> before = snapshot(observation);
        observation.becameMeasure(measureId);
        observations.saveAndFlush(observation);
        audit.record(AUDIT_TYPE, observation.getId(), AuditLog.Action.UPDATE, before, snapshot(observation));
        return Map.of("observation", feature(observation, actor), "measure", created);
    }

    /** The other side of the link: observations that became this problem or measure. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> linkedTo(Long problem, Long measure) {
        if ((problem == null) == (measure == null)) {
            throw new InvalidInputException(problem == null ? "problem" : "measure",
                    "give exactly one of problem and measure");
        }
        Actor actor = current.get();
        List<Observation> found = problem != null ? observations.findByProblemIdOrderById(problem)
                : observations.findByMeasureIdOrderById(measure);
        return found.stream().filter(o -> !o.getWalk().isDeleted()).map(o -> {
            Map<String, Object> feature = feature(o, actor);
            properties(feature).put("walkTitle", o.getWalk().getTitle());
            properties(feature).put("walkStartsAt", o.getWalk().getStartsAt());
            return feature;
        }).toList();
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, long ownerId) {
        return observations.findById(ownerId).map(o -> !o.getWalk().isDeleted()).orElse(false);
    }

    Map<String, Object> feature(Observation o, Actor actor) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", o.getId());
        p.put("walk", o.getWalk().getId());
        p.put("positionSource", o.getPositionSource());
        p.put("accuracyM", o.getAccuracyMeters());
        p.put("place", o.getPlace() == null ? null : o.getPlace().getId());
        p.put("placeName", o.getPlace() == null ? null : o.getPlace().getName());
        p.put("parameter", o.getParameter());
        p.put("parameterLabel", o.getParameter() == null ? null : walks.checklist(o.getWalk()).stream()
                .filter(i -> i.code().equals(o.getParameter())).map(ChecklistItem::label).findFirst().orElse(null));
        p.put("rating", o.getRating());
        // PoliceFields' convention: a restricted record keeps its flag, its text only for police.
        p.put("text", o.isRestricted() && !actor.seesPoliceFields() ? null : o.getNote());
        p.put("restricted", o.isRestricted());
        p.put("observedAt", o.getObservedAt());
        p.put("recordedBy", o.getRecordedBy());
        p.put("recordedAt", o.getRecordedAt());
        p.put("idempotencyKey", o.getIdempotencyKey());
        p.put("problem", o.getProblemId());
        p.put("measure", o.getMeasureId());
        return Features.feature(o.getId(), o.getPosition(), p);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    private Observation find(long walkId, long observationId) {
        Walk walk = walks.find(walkId);
        return observations.findById(observationId).filter(o -> o.getWalk().getId().equals(walk.getId()))
                .orElseThrow(() -> new NotFoundException("observation", observationId));
    }

    /** The walk's place nearest to the point, within {@link #NEAREST_PLACE_METERS}; null when none is that near. */
    private static Place nearestPlace(Walk walk, Point position) {
        return walk.getPlaces().stream().filter(p -> p.getGeometry() != null)
                .filter(p -> p.getGeometry().distance(position) <= NEAREST_PLACE_METERS)
                .min(Comparator.comparingDouble(p -> p.getGeometry().distance(position))).orElse(null);
    }

    private static List<Long> placeIds(Observation o) {
        return o.getPlace() == null ? List.of() : List.of(o.getPlace().getId());
    }

    private String describe(Observation o, String given) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        StringBuilder text = new StringBuilder("Trygghetsvandring " + o.getWalk().getTitle());
        if (o.getParameter() != null) {
            text.append(": ").append(properties(feature(o, CurrentActor.SYSTEM)).get("parameterLabel"))
                    .append(" ").append(o.getRating()).append("/3");
        }
        if (o.getNote() != null && !o.isRestricted()) {
            text.append(". ").append(o.getNote());
        }
        return text.toString();
    }

    private Map<String, Object> snapshot(Observation o) {
        Map<String, Object> snapshot = new LinkedHashMap<>(properties(feature(o, CurrentActor.SYSTEM)));
        snapshot.put("geometry", o.getPosition().toText());
        return snapshot;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
