package se.platslage.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.platslage.plan.Plan;
import se.platslage.planimport.PlaceResolver.PlaceChoice;

/**
 * The JSON answer of an import: for a dry run the preview (per measure row what would be created, and the
 * warnings), otherwise the same for what was created, with the plan's id. Row counts and elapsed time let a
 * script see what a long import did.
 */
final class ImportResults {

    private ImportResults() {
    }

    static Map<String, Object> newPlan(ImportDraft draft, Long planId, boolean dryRun, long elapsedMs) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dryRun", dryRun);
        result.put("mode", "new-plan");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", planId);
        plan.put("code", draft.head().code());
        plan.put("title", draft.head().title());
        plan.put("kind", draft.head().kind().code());
        plan.put("district", draft.head().district().getCode());
        plan.put("year", draft.head().year());
        result.put("plan", plan);
        Set<Long> matched = new LinkedHashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImportDraft.Area area : draft.areas()) {
            for (ImportDraft.Problem p : area.problems()) {
                p.places().stream().map(PlaceChoice::id).filter(Objects::nonNull).forEach(matched::add);
                if (p.causes().stream().allMatch(c -> c.measures().isEmpty())) {
                    rows.add(row(area, p, null, null));
                }
                for (ImportDraft.Cause c : p.causes()) {
                    for (ImportDraft.Measure m : c.measures()) {
                        if (m.places() != null) {
                            m.places().stream().map(PlaceChoice::id).filter(Objects::nonNull).forEach(matched::add);
                        }
                        rows.add(row(area, p, c, m));
                    }
                }
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("areas", draft.areas().size());
        counts.put("problems", draft.problemCount());
        counts.put("causes", draft.causeCount());
        counts.put("measures", draft.measures().size());
        counts.put("followUps", draft.measures().stream().mapToInt(m -> m.followUps().size()).sum());
        counts.put("placesMatched", matched.size());
        counts.put("placesCreated", draft.newPlaces().size());
        counts.put("targets", draft.targets().size());
        result.put("counts", counts);
        result.put("rowsRead", draft.measures().size());
        result.put("elapsedMs", elapsedMs);
        result.put("newPlaces", draft.newPlaces().stream().map(ImportResults::place).toList());
        result.put("warnings", draft.warnings());
        result.put("rows", rows);
        return result;
    }

    static Map<String, Object> followUps(Plan plan, FollowUpPlanner.Draft draft, boolean dryRun, long elapsedMs) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dryRun", dryRun);
        result.put("mode", "follow-up");
        result.put("plan", Map.of("id", plan.getId(), "code", plan.getCode(), "title", plan.getTitle()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("measuresMatched", draft.additions().size());
        counts.put("measuresUnmatched", draft.rows() - draft.additions().size());
        counts.put("followUpsAdded", draft.additions().stream().mapToInt(a -> a.followUps().size()).sum());
        counts.put("followUpsAlreadyThere", draft.additions().stream().mapToInt(FollowUpPlanner.Addition::unchanged).sum());
        result.put("counts", counts);
        result.put("rowsRead", draft.rows());
        result.put("elapsedMs", elapsedMs);
        result.put("warnings", draft.warnings());
        result.put("rows", draft.additions().stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("where", a.where());
            row.put("measureId", a.measureId());
            row.put("ref", a.ref());
            row.put("measure", a.description());
            row.put("followUpsAdded", a.followUps());
            row.put("followUpsAlreadyThere", a.unchanged());
            return row;
        }).toList());
        return result;
    }

    private static Map<String, Object> row(ImportDraft.Area area, ImportDraft.Problem p, ImportDraft.Cause c,
            ImportDraft.Measure m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", area.number());
        row.put("problemRef", p.ref());
        row.put("problem", p.description());
        row.put("problemPlaces", p.places().stream().map(ImportResults::place).toList());
        row.put("cause", c == null ? null : c.description());
        row.put("ref", m == null ? null : m.ref());
        row.put("measure", m == null ? null : m.description());
        if (m != null) {
            row.put("category", m.category().code());
            row.put("type", m.type() == null ? null : m.type().code());
            row.put("categoryGuessed", m.guessed());
            row.put("operationalGoal", m.operationalGoal());
            row.put("timing", m.timing().text());
            row.put("timingStart", m.timing().start());
            row.put("timingEnd", m.timing().end());
            row.put("responsible", m.responsible());
            row.put("places", m.places() == null ? null : m.places().stream().map(ImportResults::place).toList());
            row.put("followUps", m.followUps());
        }
        return row;
    }

    private static Map<String, Object> place(PlaceChoice c) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("id", c.id());
        place.put("code", c.code());
        place.put("name", c.name());
        place.put("kind", c.kind().code());
        place.put("new", c.created());
        return place;
    }
}
