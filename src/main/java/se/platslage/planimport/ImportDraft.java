package se.platslage.planimport;

import java.time.LocalDate;
import java.util.List;
import se.platslage.district.District;
import se.platslage.measure.Timing;
import se.platslage.plan.PlanKind;
import se.platslage.planfile.PlanFollowUp;
import se.platslage.planfile.PlanTarget;
import se.platslage.planfile.RowRef;
import se.platslage.planfile.SummaryTableRow;
import se.platslage.planimport.PlaceResolver.PlaceChoice;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.PhysicalType;

/**
 * Everything a new-plan import decided, before anything is stored: the preview shows it, the writer stores
 * exactly it. Texts are as written; refs are assigned ({@code <plan-code>-<area>-<nn>}, measures
 * {@code -a}, {@code -b} …).
 */
record ImportDraft(Head head, List<Area> areas, List<PlaceChoice> newPlaces, List<PlanTarget> targets,
        List<ImportWarning> warnings) {

    record Head(String code, String title, PlanKind kind, District district, int year, LocalDate adopted,
            String sourceDocument, List<SummaryTableRow> printedSummary) {
    }

    record Area(int number, String name, List<Problem> problems) {
    }

    /** {@code area}: the platssamverkan area the problem is at, or null; {@code at}: its sheet row, if known. */
    record Problem(String ref, String description, String targetGroup, String timePattern, List<PlaceChoice> places,
            PlaceResolver.AreaChoice area, List<Cause> causes, RowRef at) {
    }

    /** {@code description} null: the file gave these measures no cause. */
    record Cause(String description, List<Measure> measures) {
    }

    /** {@code places} null: at the problem's places. {@code guessedFrom}: the word the category was read from. */
    record Measure(String ref, String description, MeasureCategory category, PhysicalType type, boolean guessed,
            String guessedFrom, String operationalGoal, Timing timing, String responsible, List<PlaceChoice> places,
            List<PlanFollowUp> followUps, RowRef at) {
    }

    int problemCount() {
        return areas.stream().mapToInt(a -> a.problems().size()).sum();
    }

    int causeCount() {
        return (int) problems().flatMap(p -> p.causes().stream()).filter(c -> c.description() != null).count();
    }

    List<Measure> measures() {
        return problems().flatMap(p -> p.causes().stream()).flatMap(c -> c.measures().stream()).toList();
    }

    java.util.stream.Stream<Problem> problems() {
        return areas.stream().flatMap(a -> a.problems().stream());
    }
}
