package se.platslage.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Features;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.problem.ProblemRepository;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Page;
import se.platslage.system.Versions;

/** Reading measures as features and writing them; every write is checked in full before anything is stored. */
@Service
public class MeasureService {

    private static final Set<String> MEASURE_GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon");

    private final MeasureRepository measures;
    private final MeasureQueries queries;
    private final ProblemRepository problems;
    private final PlaceLookup places;
    private final Clock clock;

    MeasureService(MeasureRepository measures, MeasureQueries queries, ProblemRepository problems,
            PlaceLookup places, Clock clock) {
        this.measures = measures;
        this.queries = queries;
        this.problems = problems;
        this.places = places;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(ListFilter filter, Page page) {
        MeasureQueries.Result result = queries.find(filter, page);
        LocalDate today = LocalDate.now(clock);
        return Features.collection(result.measures().stream().map(m -> MeasureFeatures.feature(m, today)).toList(),
                result.total(), page);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(long id) {
        return MeasureFeatures.feature(find(id), LocalDate.now(clock));
    }

    @Transactional
    public Map<String, Object> create(MeasureRequest request) {
        Problem problem = problem(request.problem());
        Measure measure = new Measure(null, problem, nextPosition(problem));
        apply(measure, request);
        measures.save(measure);
        return MeasureFeatures.feature(measure, LocalDate.now(clock));
    }

    @Transactional
    public Map<String, Object> update(long id, MeasureRequest request) {
        Measure measure = find(id);
        Versions.check(request.version(), measure.getVersion(), "measure", id);
        if (!measure.getProblem().getId().equals(request.problem())) {
            throw new InvalidInputException("problem", "a measure cannot move to another problem; "
                    + "create a new measure there instead");
        }
        if (request.status() != null && request.status() != measure.getStatus()) {
            throw new InvalidInputException("status", "status changes are recorded as follow-ups: "
                    + "POST /api/measures/" + id + "/follow-ups");
        }
        apply(measure, request);
        measures.saveAndFlush(measure);
        return MeasureFeatures.feature(measure, LocalDate.now(clock));
    }

    /**
     * Deletes a measure entered by mistake. A measure with follow-ups is part of the plan's history: it is
     * taken out of the plan with a follow-up "removed", never deleted.
     */
    @Transactional
    public void delete(long id) {
        Measure measure = find(id);
        if (!measure.getFollowUps().isEmpty()) {
            throw new ConflictException("the measure has follow-ups and is part of the plan's history; "
                    + "record a follow-up with status 'removed' instead");
        }
        measures.delete(measure);
    }

    @Transactional
    public Map<String, Object> addFollowUp(long id, FollowUpRequest request) {
        Measure measure = find(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date() == null ? today : request.date();
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "a follow-up records a meeting that has taken place; "
                    + date + " is in the future");
        }
        FollowUp followUp = measure.addFollowUp(date, request.status(), request.statusAsWritten(), request.text(),
                Instant.now(clock));
        measures.saveAndFlush(measure);
        return followUp(followUp);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> followUps(long id) {
        return find(id).getFollowUps().stream()
                .sorted(Comparator.comparing(FollowUp::getDate)
                        .thenComparing(FollowUp::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(MeasureService::followUp).toList();
    }

    static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.getId());
        json.put("measure", f.getMeasure().getId());
        json.put("date", f.getDate());
        json.put("status", f.getStatus().code());
        json.put("statusLabel", f.getStatus().swedish());
        json.put("statusAsWritten", f.getStatusAsWritten());
        json.put("text", f.getNote());
        json.put("recordedAt", f.getRecordedAt());
        return json;
    }

    private void apply(Measure measure, MeasureRequest r) {
        Problem problem = measure.getProblem();
        Cause cause = null;
        if (r.cause() != null) {
            cause = problem.getCauses().stream().filter(c -> c.getId().equals(r.cause())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("cause", "cause " + r.cause()
                            + " is not a cause of problem " + problem.getId()));
        }
        if (r.type() != null && r.category() != MeasureCategory.PHYSICAL) {
            throw new InvalidInputException("type", "only physical measures have a type");
        }
        Set<Place> measurePlaces = r.places() == null ? Set.copyOf(problem.getPlaces())
                : places.require(r.places(), "places");
        Geometry geometry = r.geometry() == null || r.geometry().isNull() ? null
                : GeometryRules.toStored(GeoJsonGeometries.read(r.geometry(), "geometry"), "geometry",
                        MEASURE_GEOMETRY_TYPES);
        int planYear = problem.getPriorityArea().getPlan().getYear();
        measure.describe(cause, r.description().trim(), r.category(), r.type(), r.operationalGoal(),
                TimingParser.parse(r.timing(), planYear), r.responsible(), measurePlaces);
        measure.locate(geometry, geometry == null ? null : r.geometryDigitised());
    }

    private Problem problem(Long id) {
        return problems.findById(id)
                .orElseThrow(() -> new InvalidInputException("problem", "problem " + id + " does not exist"));
    }

    private int nextPosition(Problem problem) {
        return measures.maxPosition(problem) + 1;
    }

    private Measure find(long id) {
        return measures.findById(id).orElseThrow(() -> new NotFoundException("measure", id));
    }
}
