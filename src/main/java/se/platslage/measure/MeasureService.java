package se.platslage.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.photo.Photos;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.problem.ProblemPolicy;
import se.platslage.problem.ProblemRepository;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.ConflictException;
import se.platslage.system.IdempotencyKeys;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Page;
import se.platslage.system.Versions;
import se.platslage.vocabulary.MeasureCategory;

/** Reading measures as features and writing them; every write is checked in full before anything is stored. */
@Service
public class MeasureService {

    static final String AUDIT_TYPE = "measure";

    private static final Set<String> MEASURE_GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon");

    private final MeasureRepository measures;
    private final MeasureQueries queries;
    private final ProblemRepository problems;
    private final PlaceLookup places;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final Photos photos;

    MeasureService(MeasureRepository measures, MeasureQueries queries, ProblemRepository problems,
            PlaceLookup places, CurrentActor current, AuditLog audit, Clock clock, Photos photos) {
        this.photos = photos;
        this.measures = measures;
        this.queries = queries;
        this.problems = problems;
        this.places = places;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FeatureCollection<MeasureProperties> list(ListFilter filter, Page page) {
        MeasureQueries.Result result = queries.find(filter, page);
        LocalDate today = LocalDate.now(clock);
        Actor actor = current.get();
        return FeatureCollection.of(result.measures().stream().map(m -> MeasureFeatures.feature(m, today, actor))
                .toList(), result.total(), page);
    }

    /** The map layer: every measure the filter selects, with only what draws its marker (no paging). */
    @Transactional(readOnly = true)
    public FeatureCollection<MeasureLayerProperties> layer(ListFilter filter) {
        MeasureQueries.Layer layer = queries.layer(filter);
        LocalDate today = LocalDate.now(clock);
        List<Feature<MeasureLayerProperties>> features = layer.rows().stream()
                .map(row -> MeasureFeatures.layerFeature(row,
                        layer.placeGeometries().getOrDefault(row.id(), List.of()), today))
                .toList();
        return FeatureCollection.of(features, features.size(), null);
    }

    @Transactional(readOnly = true)
    public Feature<MeasureProperties> get(long id) {
        return feature(find(id));
    }

    @Transactional
    public Feature<MeasureProperties> create(MeasureRequest request) {
        Problem problem = problem(request.problem());
        // A new measure changes its problem: whoever may edit the problem may add one.
        ProblemPolicy.POLICY.require(current.get(), problem, Action.EDIT);
        Measure measure = new Measure(null, problem, measures.maxPosition(problem) + 1);
        apply(measure, request);
        measures.saveAndFlush(measure);
        audit.record(AUDIT_TYPE, measure.getId(), AuditLog.Action.CREATE, null, snapshot(measure));
        return feature(measure);
    }

    @Transactional
    public Feature<MeasureProperties> update(long id, MeasureRequest request, String ifMatch) {
        Measure measure = find(id);
        MeasurePolicy.POLICY.require(current.get(), measure, Action.EDIT);
        Versions.check(Versions.required(ifMatch, request.version()), measure.getVersion(), "measure", id);
        if (!measure.getProblem().getId().equals(request.problem())) {
            throw new InvalidInputException("problem", "a measure cannot move to another problem; "
                    + "create a new measure there instead");
        }
        if (request.status() != null && request.status() != measure.getStatus()) {
            throw new InvalidInputException("status", "status changes are recorded as follow-ups: "
                    + "POST /api/measures/" + id + "/follow-ups");
        }
        MeasureSnapshot before = snapshot(measure);
        apply(measure, request);
        measures.saveAndFlush(measure);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.UPDATE, before, snapshot(measure));
        return feature(measure);
    }

    /** Soft delete: the measure and its follow-ups stay in the database, restorable by an admin. */
    @Transactional
    public void delete(long id) {
        Measure measure = find(id);
        Actor actor = current.get();
        MeasurePolicy.POLICY.require(actor, measure, Action.DELETE);
        MeasureSnapshot before = snapshot(measure);
        measure.markDeleted(actor.username(), Instant.now(clock));
        measures.saveAndFlush(measure);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.DELETE, before, null);
    }

    /** Who may follow a measure up, and mark the text restricted: {@link MeasurePolicy}. */
    @Transactional
    public FollowUpView addFollowUp(long id, FollowUpRequest request) {
        return addFollowUp(id, request, null);
    }

    /**
     * As {@link #addFollowUp(long, FollowUpRequest)}; with an idempotency key, a second request with the same key
     * (from the same account) answers the follow-up the first one recorded and records nothing.
     */
    @Transactional
    public FollowUpView addFollowUp(long id, FollowUpRequest request, String idempotencyKey) {
        Measure measure = find(id);
        Actor actor = current.get();
        boolean restricted = Boolean.TRUE.equals(request.restricted());
        MeasurePolicy.POLICY.require(actor, measure, restricted ? Action.RESTRICTED_FOLLOW_UP : Action.FOLLOW_UP);
        if (idempotencyKey != null) {
            var earlier = measures.findFollowUpByKey(actor.username(), IdempotencyKeys.checked(idempotencyKey));
            if (earlier.isPresent()) {
                if (!earlier.get().getMeasure().getId().equals(measure.getId())) {
                    throw new ConflictException("the Idempotency-Key was used for a follow-up "
                            + "of measure " + earlier.get().getMeasure().getId() + "; send a new key for a new entry",
                            Map.of("field", "Idempotency-Key"));
                }
                return FollowUpView.of(earlier.get(), actor.seesPoliceFields());
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date() == null ? today : request.date();
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "a follow-up records a meeting that has taken place; "
                    + date + " is in the future");
        }
        MeasureSnapshot before = snapshot(measure);
        FollowUp followUp = measure.addFollowUp(date, request.status(), request.statusAsWritten(), request.text(),
                Instant.now(clock), actor.username(), restricted);
        followUp.keyedBy(idempotencyKey);
        // Flush, not save: merging the managed measure would persist a copy and leave this one without its id.
        measures.flush();
        audit.record(AUDIT_TYPE, id, AuditLog.Action.FOLLOW_UP, before, snapshot(measure));
        return FollowUpView.of(followUp, actor.seesPoliceFields());
    }

    /** Progress fields: admins, strateg in the district, and the park engineer the measure is assigned to. */
    @Transactional
    public Feature<MeasureProperties> reportProgress(long id, ProgressRequest request, String ifMatch) {
        Measure measure = find(id);
        MeasurePolicy.POLICY.require(current.get(), measure, Action.PROGRESS);
        Versions.check(Versions.required(ifMatch, request.version()), measure.getVersion(), "measure", id);
        MeasureSnapshot before = snapshot(measure);
        measure.reportProgress(request.progressPercent(), request.progressNote());
        measures.saveAndFlush(measure);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.PROGRESS, before, snapshot(measure));
        return feature(measure);
    }

    /** Police-only note: police and admins write it, nobody else sees it. */
    @Transactional
    public Feature<MeasureProperties> setPoliceNote(long id, String note) {
        Measure measure = find(id);
        MeasurePolicy.POLICY.require(current.get(), measure, Action.POLICE_NOTE);
        MeasureSnapshot before = snapshot(measure);
        measure.setPoliceNote(note == null || note.isBlank() ? null : note);
        measures.saveAndFlush(measure);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.POLICE_NOTE, before, snapshot(measure));
        return feature(measure);
    }

    @Transactional(readOnly = true)
    public List<FollowUpView> followUps(long id) {
        boolean police = current.get().seesPoliceFields();
        List<FollowUp> entries = find(id).getFollowUps();
        // Photos the user may see, by follow-up (those of restricted entries only for police).
        Map<Long, List<Map<String, Object>>> pictures = photos.of(FollowUpPhotos.OWNER_TYPE,
                entries.stream().map(FollowUp::getId).toList());
        return entries.stream()
                .sorted(Comparator.comparing(FollowUp::getDate)
                        .thenComparing(FollowUp::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(f -> FollowUpView.of(f, police).withPhotos(pictures.getOrDefault(f.getId(), List.of())))
                .toList();
    }

    private Feature<MeasureProperties> feature(Measure measure) {
        return MeasureFeatures.feature(measure, LocalDate.now(clock), current.get());
    }

    /** What the audit trail keeps, police fields included (redacted when read by non-police). */
    private MeasureSnapshot snapshot(Measure measure) {
        return new MeasureSnapshot(MeasureFeatures.properties(measure, LocalDate.now(clock), true),
                measure.getGeometry() == null ? null : measure.getGeometry().toText(),
                measure.getFollowUps().stream().map(f -> FollowUpView.of(f, true)).toList());
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
        measure.assignTo(r.assignee() == null || r.assignee().isBlank() ? null : r.assignee().trim());
    }

    private Problem problem(Long id) {
        return problems.findById(id)
                .orElseThrow(() -> new InvalidInputException("problem", "problem " + id + " does not exist"));
    }

    private Measure find(long id) {
        return measures.findById(id).filter(m -> !m.isDeleted()).orElseThrow(() -> new NotFoundException("measure", id));
    }
}
