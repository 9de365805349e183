package se.platslage.exporting;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.plan.Plan;
import se.platslage.planfile.TargetStatusRow;
import se.platslage.security.Actor;
import se.platslage.target.AssessmentService;
import se.platslage.target.ClassificationTarget;
import se.platslage.target.TargetAssessment;
import se.platslage.target.TargetTrend;

/**
 * The plan's targets for the follow-up workbook: each one's latest assessment and its trend reading, in the
 * target page's own words (TrendReading). The trend is police data: a role without incident aggregates gets a
 * sentence saying so instead. Police-only parts of an assessment are never written (the file leaves the system).
 */
@Component
class TargetStatuses {

    static final String NO_TREND_FOR_ROLE = "Brottsstatistiken visas bara för polis, strateg och administratörer.";

    private final EntityManager em;
    private final AssessmentService assessments;
    private final TargetTrend trends;
    private final Clock clock;

    TargetStatuses(EntityManager em, AssessmentService assessments, TargetTrend trends, Clock clock) {
        this.em = em;
        this.assessments = assessments;
        this.trends = trends;
        this.clock = clock;
    }

    List<TargetStatusRow> rows(Plan plan, Actor actor, boolean synthetic) {
        int year = LocalDate.now(clock).getYear();
        IncidentParams all = new IncidentParams(null, null, Set.of(), null, synthetic, false, null, null, null);
        return em.createQuery("select t from ClassificationTarget t where t.plan = :plan and t.deletedAt is null"
                + " order by t.id", ClassificationTarget.class).setParameter("plan", plan).getResultList().stream()
                .map(t -> row(t, year, actor, all)).toList();
    }

    @SuppressWarnings("unchecked")
    private TargetStatusRow row(ClassificationTarget t, int year, Actor actor, IncidentParams params) {
        TargetAssessment latest = assessments.latest(t).orElse(null);
        String trend = NO_TREND_FOR_ROLE;
        String caveats = null;
        if (IncidentAccess.seesAggregates(actor)) {
            Map<String, Object> answer = trends.trend(t, params, null, actor);
            trend = ((Map<String, String>) answer.get("reading")).get("sv");
            caveats = String.join(" ", ((Map<String, List<String>>) answer.get("caveats")).get("sv"));
        }
        return new TargetStatusRow(t.targetName(), t.getKind().code(), t.getTargetYear(), t.yearsLeft(year),
                latest == null ? "Ingen bedömning" : latest.getClassification() == null ? "Planens eget mål"
                        : latest.getClassification().swedish() + (latest.isDemo() ? " (DEMO, påhittad)" : ""),
                latest == null ? null : latest.getPeriodStart().equals(latest.getPeriodEnd())
                        ? latest.getPeriodEnd().toString() : latest.getPeriodStart() + "–" + latest.getPeriodEnd(),
                latest == null ? null : latest.getAssessedBy(), latest == null ? null : latest.getExtentAreaM2(),
                latest == null || latest.getSourceName() == null ? null : latest.getSourceName()
                        + (latest.getSourceDate() == null ? "" : ", " + latest.getSourceDate()),
                trend, caveats);
    }
}
