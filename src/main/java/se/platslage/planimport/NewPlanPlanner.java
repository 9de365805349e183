package se.platslage.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import se.platslage.district.District;
import se.platslage.measure.TimingParser;
import se.platslage.plan.PlanKind;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;
import se.platslage.planfile.PlanReadResult;
import se.platslage.planfile.RowRef;
import se.platslage.planfile.WarningKind;
import se.platslage.planimport.ImportDraft.Area;
import se.platslage.planimport.ImportDraft.Cause;
import se.platslage.planimport.ImportDraft.Head;
import se.platslage.planimport.ImportDraft.Measure;
import se.platslage.planimport.ImportDraft.Problem;
import se.platslage.system.Coded;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.PhysicalType;

/**
 * Turns what the reader made of a workbook into an {@link ImportDraft} for a new plan of {@code district}
 * and {@code year}: assigns the plan's code and the refs, resolves places, classifies measures without a
 * category, and checks every text against the columns' sizes. No I/O: the caller supplies the places and
 * which plan codes are taken.
 *
 * A workbook Platsläge wrote itself (its hidden "Platsläge" sheet) brings its title, kind, adoption date,
 * printed summary and targets; its own plan code is not reused (that plan exists: this is a new one).
 */
final class NewPlanPlanner {

    private final PlaceResolver places;
    private final Predicate<String> planCodeTaken;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final TextLimits limits = new TextLimits();
    private PlanReadResult read;

    NewPlanPlanner(PlaceResolver places, Predicate<String> planCodeTaken) {
        this.places = places;
        this.planCodeTaken = planCodeTaken;
    }

    ImportDraft plan(PlanReadResult read, District district, int year, String fileName) {
        this.read = read;
        read.warnings().forEach(w -> warnings.add(ImportWarning.of(w)));
        ActionPlan file = read.plan();
        places.knowFileNames(file.priorityAreas().stream().filter(a -> a.number() == PlaceResolver.PLACE_AREA)
                .flatMap(a -> a.problems().stream()).map(PlanProblem::description)
                .filter(Objects::nonNull).toList());
        boolean platslageFile = file.id() != null;
        if (platslageFile && file.year() != null && file.year() != year) {
            warnings.add(ImportWarning.at(null, "planen", WarningKind.OTHER, "plan-year-differs",
                    Map.of("fileYear", file.year(), "year", year), null, "filen är planen för " + file.year()
                            + " men importeras som " + year + "; tidpunkter utan år läses som " + file.year() + "."));
        }
        String code = code(district.getCode() + "-" + year);
        if (platslageFile) {
            warnings.add(ImportWarning.at(null, "planen", WarningKind.OTHER, "plan-exported-copy",
                    Map.of("exported", file.id(), "code", code), null, "filen är en export av planen "
                            + file.id() + "; den importeras som en ny plan, " + code + "."));
        }
        boolean hasFollowUps = file.priorityAreas().stream().flatMap(a -> a.problems().stream())
                .flatMap(p -> p.causes().stream()).flatMap(c -> c.measures().stream())
                .anyMatch(m -> !m.followUps().isEmpty());
        PlanKind kind = file.kind() != null ? PlanKind.fromCode(file.kind())
                : hasFollowUps ? PlanKind.UPPFOLJNING : PlanKind.ATGARDSPLAN;
        // The file's own title names its year: imported as another year's plan, the title follows the new year.
        String title = file.title() != null && java.util.Objects.equals(file.year(), year) ? file.title()
                : (kind == PlanKind.UPPFOLJNING ? "Uppföljning " : "Åtgärdsplan ") + year + ", " + district.getName();
        String source = file.sourceDocument() != null ? file.sourceDocument() : fileName;
        limits.check(title, 300, "planens titel");
        limits.check(source, 300, "filnamnet");
        Head head = new Head(code, title, kind, district, year, file.adopted(), source, file.summaryAsPrinted());
        List<Area> areas = new ArrayList<>();
        for (PlanArea area : file.priorityAreas()) {
            limits.check(area.name(), 300, "område " + area.number() + ", namnet");
            areas.add(new Area(area.number(), area.name(), problems(code, area, platslageFile, year)));
        }
        limits.throwIfAny();
        return new ImportDraft(head, areas, places.created(),
                file.targets() == null ? List.of() : file.targets(), List.copyOf(warnings));
    }

    /** {@code <district>-<year>}, or with "-2", "-3" … when a plan has it already. */
    private String code(String base) {
        String code = base;
        for (int i = 2; planCodeTaken.test(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }

    private List<Problem> problems(String planCode, PlanArea area, boolean platslageFile, int year) {
        List<Problem> problems = new ArrayList<>();
        int n = 0;
        for (PlanProblem p : area.problems()) {
            n++;
            String where = "område " + area.number() + ", problem " + n;
            String ref = planCode + "-" + area.number() + "-" + (n < 10 ? "0" + n : String.valueOf(n));
            RowRef at = read.rowOf(p);
            String description = orMissing(p.description(), at, where, "problemet");
            limits.check(description, 8000, where);
            limits.check(p.targetGroup(), 2000, where + ", målgrupp");
            limits.check(p.timePattern(), 2000, where + ", tidsmönster");
            var problemPlaces = places.forProblem(p.places(), p.description(), area.number(), platslageFile,
                    name -> warnings.add(unknownPlace(at, where, name, p.description())));
            List<Cause> causes = new ArrayList<>();
            int m = 0;
            for (PlanCause c : p.causes()) {
                limits.check(c.description(), 8000, where + ", orsak");
                List<Measure> measures = new ArrayList<>();
                for (PlanMeasure pm : c.measures()) {
                    String measureWhere = where + ", åtgärd " + (m + 1);
                    measures.add(measure(ref + "-" + letters(m++), pm, year, measureWhere, read.rowOf(pm)));
                }
                causes.add(new Cause(c.description(), measures));
            }
            problems.add(new Problem(ref, description, p.targetGroup(), p.timePattern(), problemPlaces.places(),
                    problemPlaces.area(), causes, at));
        }
        return problems;
    }

    private Measure measure(String ref, PlanMeasure m, int year, String where, RowRef at) {
        Consumer<String> warn = code -> warnings.add(ImportWarning.at(at, where, WarningKind.CATEGORY,
                "category-code-unknown", Map.of("code", code), code,
                "okänd kod \"" + code + "\"; den bortses från."));
        String description = orMissing(m.description(), at, where, "åtgärden");
        limits.check(description, 8000, where);
        limits.check(m.operationalGoal(), 4000, where + ", operativt mål");
        limits.check(m.timing(), 500, where + ", När");
        limits.check(m.responsible(), 1000, where + ", Vem");
        m.followUps().forEach(f -> {
            limits.check(f.statusAsWritten(), 500, where + ", status");
            limits.check(f.text(), 8000, where + ", uppföljning");
        });
        MeasureCategory category = code(MeasureCategory.class, m.category(), where, warn);
        PhysicalType type = category == MeasureCategory.PHYSICAL ? code(PhysicalType.class, m.type(), where, warn) : null;
        boolean guessed = false;
        String word = null;
        if (category == null) {
            MeasureClassifier.Guess guess = MeasureClassifier.classify(m.description());
            category = guess.category();
            type = guess.type();
            guessed = true;
            word = guess.word();
        }
        return new Measure(ref, description, category, type, guessed, word, m.operationalGoal(),
                TimingParser.parse(m.timing(), year), m.responsible(),
                places.forMeasure(m.places(), name -> warnings.add(unknownPlace(at, where, name, description))),
                m.followUps(), at);
    }

    private <E extends Enum<E> & Coded> E code(Class<E> type, String code, String where, Consumer<String> warn) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Coded.parse(type, code.strip(), "category");
        } catch (RuntimeException e) {
            warn.accept(code);
            return null;
        }
    }

    private static ImportWarning unknownPlace(RowRef at, String where, String name, String cell) {
        return ImportWarning.at(at, where, WarningKind.PLACE, "place-unknown", Map.of("name", name), cell,
                "okänd plats \"" + name + "\": skapas utan geometri och väntar på att ritas på kartan.");
    }

    private String orMissing(String text, RowRef at, String where, String what) {
        if (text == null || text.isBlank()) {
            warnings.add(ImportWarning.at(at, where, WarningKind.STRUCTURE, "text-missing", Map.of("what",
                    what.equals("problemet") ? "problem" : "measure"), null,
                    what + " saknar text; sparas som \"(text saknas)\"."));
            return "(text saknas)";
        }
        return text;
    }

    /** 0 → a, 25 → z, 26 → aa: measure suffixes as the plans' refs have them. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('a' + i % 26));
        }
        return s.toString();
    }
}
