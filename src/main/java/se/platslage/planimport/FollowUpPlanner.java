package se.platslage.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.platslage.measure.FollowUp;
import se.platslage.measure.Measure;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.WarningKind;
import se.platslage.planfile.PlanFollowUp;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;
import se.platslage.planfile.PlanReadResult;

/**
 * Matches the rows of a follow-up file to the measures of an existing plan and decides which dated
 * follow-ups to add, so that a follow-up file never duplicates the plan's measures.
 *
 * Algorithm: a row with a measure ref (Platsläge's own export) matches the measure with that ref; other rows
 * match by problem text and measure text together (folded: case, punctuation, å/ä/ö), and if that is not
 * unique, by measure text alone. A follow-up equal to one the measure has (same date, status and text) is
 * not added again, so importing the same file twice changes nothing. Unmatched rows are reported, not stored.
 */
final class FollowUpPlanner {

    /** The follow-ups to add to one existing measure; {@code unchanged} were there already. */
    record Addition(Long measureId, String ref, String description, List<PlanFollowUp> followUps, int unchanged,
            String where) {
    }

    record Draft(List<Addition> additions, List<ImportWarning> warnings, int rows) {
    }

    private final Map<String, Measure> byRef = new HashMap<>();
    private final Map<String, List<Measure>> byTexts = new HashMap<>();
    private final Map<String, List<Measure>> byMeasureText = new HashMap<>();

    FollowUpPlanner(List<Measure> planMeasures) {
        for (Measure m : planMeasures) {
            if (m.getRef() != null) {
                byRef.put(m.getRef(), m);
            }
            byTexts.computeIfAbsent(key(m.getProblem().getDescription(), m.getDescription()), k -> new ArrayList<>()).add(m);
            byMeasureText.computeIfAbsent(TextFold.of(m.getDescription()), k -> new ArrayList<>()).add(m);
        }
    }

    Draft plan(PlanReadResult read, int planYear) {
        List<ImportWarning> warnings = new ArrayList<>();
        read.warnings().forEach(w -> warnings.add(ImportWarning.of(w)));
        List<Addition> additions = new ArrayList<>();
        int rows = 0;
        ActionPlan file = read.plan();
        for (PlanArea area : file.priorityAreas()) {
            int p = 0;
            for (PlanProblem problem : area.problems()) {
                p++;
                int n = 0;
                for (PlanCause cause : problem.causes()) {
                    for (PlanMeasure row : cause.measures()) {
                        rows++;
                        String where = "område " + area.number() + ", problem " + p + ", åtgärd " + (++n);
                        Measure measure = match(problem, row);
                        if (measure == null) {
                            warnings.add(ImportWarning.at(read.rowOf(row), where, WarningKind.UNMATCHED, "unmatched",
                                    null, row.description(), "ingen åtgärd i planen med samma id eller text (\""
                                    + shorten(row.description()) + "\"); raden läses inte in."));
                            continue;
                        }
                        additions.add(addition(measure, row, planYear, where));
                    }
                }
            }
        }
        return new Draft(additions, warnings, rows);
    }

    private Addition addition(Measure measure, PlanMeasure row, int planYear, String where) {
        List<PlanFollowUp> toAdd = new ArrayList<>();
        int unchanged = 0;
        for (PlanFollowUp f : row.followUps()) {
            LocalDate date = f.date() == null ? LocalDate.of(planYear, 12, 31) : f.date();
            boolean present = measure.getFollowUps().stream().anyMatch(existing -> same(existing, date, f));
            if (present) {
                unchanged++;
            } else {
                toAdd.add(new PlanFollowUp(date, f.status(), f.statusAsWritten(), f.text()));
            }
        }
        return new Addition(measure.getId(), measure.getRef(), measure.getDescription(), toAdd, unchanged, where);
    }

    private static boolean same(FollowUp existing, LocalDate date, PlanFollowUp f) {
        return existing.getDate().equals(date)
                && (f.status() == null || existing.getStatus().code().equals(f.status()))
                && Objects.equals(existing.getNote(), f.text());
    }

    private Measure match(PlanProblem problem, PlanMeasure row) {
        if (row.ref() != null && byRef.containsKey(row.ref())) {
            return byRef.get(row.ref());
        }
        List<Measure> both = byTexts.getOrDefault(key(problem.description(), row.description()), List.of());
        if (both.size() == 1) {
            return both.get(0);
        }
        List<Measure> text = byMeasureText.getOrDefault(TextFold.of(row.description()), List.of());
        return both.isEmpty() && text.size() == 1 ? text.get(0) : null;
    }

    private static String key(String problem, String measure) {
        return TextFold.of(problem) + "|" + TextFold.of(measure);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
