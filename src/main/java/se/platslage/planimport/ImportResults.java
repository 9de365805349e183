package se.platslage.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.platslage.plan.Plan;
import se.platslage.planfile.WarningKind;
import se.platslage.system.Coded;
import se.platslage.planimport.PlaceResolver.PlaceChoice;

/**
 * The JSON answer of an import: for a dry run the preview (per measure row what would be created, and the
 * warnings), otherwise the same for what was created, with the plan's id. Row counts and elapsed time let a
 * script see what a long import did.
 */
final class ImportResults {

    private ImportResults() {
    }

    /**
     * The plan the district already has for the file's year, and how the file's rows match its measures: the
     * preview offers adding follow-ups to it rather than a second plan that doubles every measure.
     */
    record ExistingPlan(long id, String code, String title, int measures, int rowsMatched, int rows,
            int followUpsToAdd) {

        ImportWarning warning() {
            return ImportWarning.at(null, "planen", WarningKind.PLAN, "plan-exists", Map.of("code", code, "title", title,
                    "rowsMatched", rowsMatched, "rows", rows), null, "stadsdelen har redan planen " + code + " för året; "
                    + rowsMatched + " av " + rows + " rader motsvarar dess åtgärder. Lägg hellre till uppföljningar i den"
                    + " planen än att skapa en plan till, som visar varje åtgärd två gånger på kartan.");
        }
    }

    static Map<String, Object> newPlan(ImportDraft draft, Long planId, boolean dryRun, long elapsedMs,
            ExistingPlan existing) {
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
        if (existing != null) {
            Map<String, Object> same = new LinkedHashMap<>();
            same.put("id", existing.id());
            same.put("code", existing.code());
            same.put("title", existing.title());
            same.put("measures", existing.measures());
            same.put("rowsMatched", existing.rowsMatched());
            same.put("rows", existing.rows());
            same.put("followUpsToAdd", existing.followUpsToAdd());
            result.put("existingPlan", same);
        }
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        if (existing != null) {
            warnings.add(existing.warning());
        }
        putWarnings(result, warnings);
        result.put("categoryGuesses", categoryGuesses(draft));
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
        putWarnings(result, draft.warnings());
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

    /**
     * The warnings, those a person must act on first (in {@link WarningKind}'s order), then by sheet and row;
     * and per kind how many there are, in the same order.
     */
    private static void putWarnings(Map<String, Object> result, List<ImportWarning> warnings) {
        List<ImportWarning> sorted = warnings.stream().sorted(Comparator
                .comparingInt((ImportWarning w) -> Coded.parse(WarningKind.class, w.kind(), "kind").ordinal())
                .thenComparing(w -> w.sheet() == null ? "" : w.sheet())
                .thenComparingInt(w -> w.row() == null ? 0 : w.row())).toList();
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (ImportWarning w : sorted) {
            Map<String, Object> group = groups.computeIfAbsent(w.kind(), k -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("kind", k);
                g.put("action", w.action());
                g.put("count", 0);
                return g;
            });
            group.put("count", (Integer) group.get("count") + 1);
        }
        result.put("warningGroups", List.copyOf(groups.values()));
        result.put("warnings", sorted);
    }

    /**
     * Measures without a category, classified from their text (MeasureClassifier): how many went to each
     * category and type, on which word, with their rows. A summary, not a warning per row: the city's template
     * has no category column, so every row of such a file would say the same.
     */
    private static List<Map<String, Object>> categoryGuesses(ImportDraft draft) {
        Map<List<String>, Map<String, Object>> byGuess = new LinkedHashMap<>();
        for (ImportDraft.Measure m : draft.measures()) {
            if (!m.guessed()) {
                continue;
            }
            List<String> key = java.util.Arrays.asList(m.category().code(), m.type() == null ? null : m.type().code(),
                    m.guessedFrom());
            Map<String, Object> guess = byGuess.computeIfAbsent(key, k -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("category", k.get(0));
                g.put("type", k.get(1));
                g.put("word", k.get(2));
                g.put("count", 0);
                g.put("rows", new ArrayList<Map<String, Object>>());
                return g;
            });
            guess.put("count", (Integer) guess.get("count") + 1);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sheet", m.at() == null ? null : m.at().sheet());
            row.put("row", m.at() == null ? null : m.at().row());
            row.put("ref", m.ref());
            row.put("measure", m.description());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) guess.get("rows");
            rows.add(row);
        }
        return byGuess.values().stream()
                .sorted(Comparator.comparingInt((Map<String, Object> g) -> -(Integer) g.get("count"))).toList();
    }

    private static Map<String, Object> row(ImportDraft.Area area, ImportDraft.Problem p, ImportDraft.Cause c,
            ImportDraft.Measure m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", area.number());
        row.put("problemRef", p.ref());
        row.put("problem", p.description());
        row.put("problemPlaces", p.places().stream().map(ImportResults::place).toList());
        row.put("problemArea", p.area() == null ? null : Map.of("code", p.area().code(), "name", p.area().name()));
        row.put("sheet", m != null && m.at() != null ? m.at().sheet() : p.at() == null ? null : p.at().sheet());
        row.put("row", m != null && m.at() != null ? m.at().row() : p.at() == null ? null : p.at().row());
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
