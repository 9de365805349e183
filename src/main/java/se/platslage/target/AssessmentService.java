package se.platslage.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.geo.Sweref;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * A target's assessments: appended, never changed, each one audited. Police-only indicators and the police
 * note are left out for callers who may not see police fields (and {@code PoliceFieldsAdvice} removes any
 * that slip through).
 */
@Service
public class AssessmentService {

    private static final Set<String> EXTENT_TYPES = Set.of("Polygon", "MultiPolygon");

    private final TargetRepository targets;
    private final TargetAssessmentRepository assessments;
    private final TargetQueries queries;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(TargetRepository targets, TargetAssessmentRepository assessments, TargetQueries queries,
            CurrentActor current, AuditLog audit, Clock clock) {
        this.targets = targets;
        this.assessments = assessments;
        this.queries = queries;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** Authorization first (403 before any 400), then the request's fields one by one. */
    @Transactional
    public Map<String, Object> add(long targetId, AssessmentRequest r) {
        ClassificationTarget target = target(targetId);
        Actor actor = current.get();
        AssessmentPolicy.POLICY.require(actor, target, Action.ASSESS);
        boolean restricted = (r.policeNote() != null && !r.policeNote().isBlank()) || (r.indicators() != null
                && r.indicators().stream().anyMatch(i -> Boolean.TRUE.equals(i.restricted())));
        if (restricted) {
            AssessmentPolicy.POLICY.require(actor, target, Action.RESTRICTED_ASSESS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate[] period = period(r, today);
        AssessedClassification classification = classification(target, r.classification());
        Geometry extent = r.extent() == null || r.extent().isNull() ? null
                : GeometryRules.toStored(GeoJsonGeometries.read(r.extent(), "extent"), "extent", EXTENT_TYPES);
        List<Indicator> indicators = new ArrayList<>();
        if (r.indicators() != null) {
            for (int i = 0; i < r.indicators().size(); i++) {
                AssessmentRequest.IndicatorValue v = r.indicators().get(i);
                if (!Double.isFinite(v.value())) {
                    throw new InvalidInputException("indicators[" + i + "].value", "must be a finite number");
                }
                indicators.add(new Indicator(v.name().trim(), blankToNull(v.unit()), v.value(),
                        Boolean.TRUE.equals(v.restricted())));
            }
        }
        TargetAssessment assessment = new TargetAssessment(target, period[0], period[1], r.assessedBy().trim(),
                classification, extent, blankToNull(r.text()), blankToNull(r.policeNote()),
                r.source() == null ? null : blankToNull(r.source().name()), r.source() == null ? null : r.source().date(),
                indicators, Instant.now(clock), actor.username());
        assessments.saveAndFlush(assessment);
        if (extent != null) {
            assessment.areaFromDatabase(queries.extentArea(assessment.getId()));
        }
        // In the target's own history (GET /api/targets/{id}/history), redacted there for non-police readers.
        audit.record(TargetService.AUDIT_TYPE, targetId, AuditLog.Action.ASSESSMENT, null, json(assessment, true));
        return json(assessment, actor.seesPoliceFields());
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> list(long targetId) {
        boolean police = current.get().seesPoliceFields();
        return history(target(targetId)).stream().map(a -> json(a, police)).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(long targetId, long assessmentId) {
        TargetAssessment a = assessments.findById(assessmentId)
                .filter(x -> x.getTarget().getId() == targetId && !x.getTarget().isDeleted())
                .orElseThrow(() -> new NotFoundException("assessment", assessmentId));
        return json(a, current.get().seesPoliceFields());
    }

    /** Oldest first. */
    public List<TargetAssessment> history(ClassificationTarget target) {
        return assessments.findByTargetOrderByPeriodEndAscIdAsc(target);
    }

    public Optional<TargetAssessment> latest(ClassificationTarget target) {
        List<TargetAssessment> all = history(target);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The assessment as the caller may see it: without police-only parts unless {@code police}. */
    public static Map<String, Object> json(TargetAssessment a, boolean police) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("target", a.getTarget().getId());
        m.put("basis", a.getBasis().name().toLowerCase());
        m.put("from", a.getPeriodStart());
        m.put("to", a.getPeriodEnd());
        m.put("year", a.getPeriodEnd().getYear());
        m.put("assessedBy", a.getAssessedBy());
        m.put("classification", a.getClassification() == null ? null : a.getClassification().code());
        m.put("classificationLabel", a.getClassification() == null ? null : a.getClassification().swedish());
        m.put("classified", a.getClassification() == null ? null : a.getClassification().classified());
        m.put("extent", a.getExtent() == null ? null : GeoJsonGeometries.write(Sweref.toWgs84(a.getExtent())));
        m.put("extentAreaM2", a.getExtentAreaM2());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : a.getIndicators()) {
            if (i.isRestricted() && !police) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", i.getName());
            v.put("unit", i.getUnit());
            v.put("value", i.getValue());
            v.put("restricted", i.isRestricted());
            indicators.add(v);
        }
        m.put("indicators", indicators);
        m.put("text", a.getText());
        if (police) {
            m.put("policeNote", a.getPoliceNote());
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", a.getSourceName());
        source.put("date", a.getSourceDate());
        m.put("source", source);
        m.put("seeded", a.getSeedRef() != null);
        m.put("demo", a.isDemo());
        m.put("recordedAt", a.getRecordedAt());
        m.put("recordedBy", a.getRecordedBy());
        return m;
    }

    private ClassificationTarget target(long id) {
        return targets.findById(id).filter(t -> !t.isDeleted()).orElseThrow(() -> new NotFoundException("target", id));
    }

    private static LocalDate[] period(AssessmentRequest r, LocalDate today) {
        if (r.date() != null && (r.from() != null || r.to() != null)) {
            throw new InvalidInputException("date", "give either a date or a period (from, to), not both");
        }
        LocalDate start = r.date() != null ? r.date() : r.from();
        LocalDate end = r.date() != null ? r.date() : r.to() != null ? r.to() : r.from();
        if (start == null) {
            throw new InvalidInputException(r.to() != null ? "from" : "date",
                    "an assessment needs a date, or a period from-to");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "the period ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.isAfter(today)) {
            throw new InvalidInputException(r.date() != null ? "date" : "from",
                    "an assessment describes what was seen; " + start + " is in the future");
        }
        return new LocalDate[] {start, end};
    }

    private static AssessedClassification classification(ClassificationTarget target, AssessedClassification c) {
        if (!target.getKind().isPoliceClassification()) {
            if (c != null) {
                throw new InvalidInputException("classification", "a plan's own goal has no police classification");
            }
            return null;
        }
        if (c == null) {
            throw new InvalidInputException("classification", "a " + target.getKind().code()
                    + " target's assessment states the police classification at the time");
        }
        if (!c.appliesTo(target.getKind())) {
            throw new InvalidInputException("classification", "'" + c.code() + "' is not a classification of a "
                    + target.getKind().code() + " target");
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
