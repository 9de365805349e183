package se.platslage.planfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.platslage.measure.TimingParser;
import se.platslage.planfile.HeaderLayout.FollowUpColumns;
import se.platslage.vocabulary.MeasureStatus;

/**
 * Turns one prioritised area's sheet, row by row, into problems → causes → measures → follow-ups.
 *
 * Rows before the header row are title rows (a title naming the area gives its full name, which the
 * 31-character sheet name may have cut). After the header: the template's instruction row ("Beskriv orsaken
 * till problemet …") is skipped; an empty problem cell continues the problem above and an empty cause cell
 * the cause above (merged cells keep their text in the first cell only); a row with anything in the measure's
 * columns is a measure.
 */
final class AreaSheetReader implements SheetRows.Sink {

    /** How many rows may precede the header before the sheet is declared headerless. */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final List<String> INSTRUCTIONS = List.of("beskriv orsaken", "koppla atgard", "ange tid for",
            "ange vem som", "beskriv vad som har genomforts", "ange samverkansomrade", "denna kolumn fylls i",
            "ange operativa mal", "ange operativt mal");

    private final String sheet;
    private final int planYear;
    private final TimingParser.AgreementPeriod agreement;
    private final List<RowWarning> warnings;
    private final Map<Object, RowRef> rows;
    private final List<String> titles = new ArrayList<>();
    private final List<ProblemDraft> problems = new ArrayList<>();
    private HeaderLayout layout;
    private int lastRow;

    AreaSheetReader(String sheet, int planYear, TimingParser.AgreementPeriod agreement, List<RowWarning> warnings,
            Map<Object, RowRef> rows) {
        this.sheet = sheet;
        this.rows = rows;
        this.planYear = planYear;
        this.agreement = agreement;
        this.warnings = warnings;
    }

    boolean hasHeader() {
        return layout != null;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        lastRow = rowNumber;
        if (layout == null) {
            if (rowNumber > HEADER_SEARCH_ROWS) {
                return;
            }
            layout = HeaderLayout.of(cells);
            if (layout == null) {
                cells.stream().filter(Objects::nonNull).findFirst().ifPresent(titles::add);
            }
            return;
        }
        if (isInstruction(cells)) {
            return;
        }
        dataRow(rowNumber, new Row(cells));
    }

    /** The area, numbered {@code number}; its name from a title or header that names the same area. */
    PlanArea area(int number) {
        String name = titles.stream().filter(t -> AreaNames.number(t) == number).findFirst()
                .orElse(layout.problemHeader != null && AreaNames.number(layout.problemHeader) == number
                        ? layout.problemHeader : null);
        if (name == null) {
            String fromSheet = AreaNames.withoutNumber(sheet);
            String canonical = AreaNames.canonical(number);
            name = canonical != null && TextKey.of(canonical).startsWith(TextKey.of(fromSheet)) ? canonical : fromSheet;
        }
        return new PlanArea(number, AreaNames.withoutNumber(name).replaceAll("\\s+", " "),
                problems.stream().map(p -> {
                    PlanProblem built = p.build();
                    rows.put(built, new RowRef(sheet, p.row));
                    return built;
                }).toList());
    }

    int lastRow() {
        return lastRow;
    }

    private boolean isInstruction(List<String> cells) {
        return cells.stream().filter(Objects::nonNull).map(TextKey::of)
                .anyMatch(c -> INSTRUCTIONS.stream().anyMatch(c::startsWith));
    }

    private void dataRow(int rowNumber, Row row) {
        String problemText = row.get(TemplateColumn.PROBLEM);
        String problemRef = row.get(TemplateColumn.PROBLEM_REF);
        ProblemDraft problem = problems.isEmpty() ? null : problems.get(problems.size() - 1);
        if (problemText != null || problemRef != null || problem == null) {
            if (problemText == null) {
                warn(rowNumber, WarningKind.STRUCTURE, "problem-missing", null, row.get(TemplateColumn.MEASURE),
                        "raden saknar problem och har inget problem ovanför; läses som ett problem utan beskrivning.");
            }
            problem = new ProblemDraft(rowNumber, problemRef, problemText, Places.list(row.get(TemplateColumn.PROBLEM_PLACES)),
                    row.get(TemplateColumn.TARGET_GROUP), row.get(TemplateColumn.TIME_PATTERN));
            problems.add(problem);
        }
        String causeText = row.get(TemplateColumn.CAUSE);
        boolean hasMeasure = row.hasMeasure(layout);
        CauseDraft cause = problem.causes.isEmpty() || causeText != null ? null : problem.causes.get(problem.causes.size() - 1);
        if (cause == null && (causeText != null || hasMeasure)) {
            if (causeText == null) {
                warn(rowNumber, WarningKind.STRUCTURE, "cause-missing", null, row.get(TemplateColumn.MEASURE),
                        "orsak saknas för åtgärden; den läses in utan orsak.");
            }
            cause = new CauseDraft(causeText);
            problem.causes.add(cause);
        }
        if (hasMeasure) {
            PlanMeasure measure = measure(rowNumber, row);
            rows.put(measure, new RowRef(sheet, rowNumber));
            cause.measures.add(measure);
        }
    }

    private PlanMeasure measure(int rowNumber, Row row) {
        String when = row.get(TemplateColumn.WHEN);
        String who = row.get(TemplateColumn.WHO);
        WhenWho.Split split = who == null ? WhenWho.split(when, planYear, agreement)
                : when == null ? WhenWho.split(who, planYear, agreement) : null;
        if (split != null) {
            warn(rowNumber, WarningKind.OTHER, "when-who-split", Map.of("when", split.when(), "who",
                    split.who()), who == null ? when : who, "När och Vem stod i samma cell; delades till När \""
                    + split.when() + "\" och Vem \"" + split.who() + "\".");
            when = split.when();
            who = split.who();
        }
        if (when != null && !TimingParser.read(when, planYear, agreement).understood()) {
            warn(rowNumber, WarningKind.TIMING, "timing-unparsed", null, when,
                    "tidpunkten \"" + when + "\" förstods inte; texten sparas som den står.");
        }
        String description = row.get(TemplateColumn.MEASURE);
        if (description == null) {
            warn(rowNumber, WarningKind.STRUCTURE, "measure-text-missing", null, null, "åtgärden saknar beskrivning.");
        }
        return new PlanMeasure(row.get(TemplateColumn.MEASURE_REF), description, row.get(TemplateColumn.CATEGORY),
                row.get(TemplateColumn.TYPE), row.get(TemplateColumn.GOAL), when, who,
                Places.listOrNull(row.get(TemplateColumn.MEASURE_PLACES)), row.get(TemplateColumn.NOTES),
                followUps(rowNumber, row));
    }

    private List<PlanFollowUp> followUps(int rowNumber, Row row) {
        List<PlanFollowUp> result = new ArrayList<>();
        for (FollowUpColumns columns : layout.followUps) {
            String statusText = row.at(columns.statusColumn());
            String code = row.at(columns.codeColumn());
            String text = followUpText(row, columns);
            if (statusText == null && code == null && text == null) {
                continue;
            }
            MeasureStatus status = code != null ? statusFromCode(rowNumber, code) : StatusWords.recognise(statusText);
            if (status != null && code != null && status.swedish().equals(statusText)) {
                statusText = null; // Platsläge wrote its own label where the plan had no words.
            }
            if (status == null && statusText != null) {
                warn(rowNumber, WarningKind.STATUS, "status-unknown", null, statusText,
                        "statusen \"" + statusText + "\" känns inte igen; välj status för hand.");
            } else if (status == null) {
                warn(rowNumber, WarningKind.STATUS, "status-missing", null, text, "uppföljningen har ingen status.");
            }
            result.add(new PlanFollowUp(columns.date(), status == null ? null : status.code(), statusText, text));
        }
        return result;
    }

    private MeasureStatus statusFromCode(int rowNumber, String code) {
        try {
            return MeasureStatus.fromCode(code);
        } catch (RuntimeException e) {
            warn(rowNumber, WarningKind.STATUS, "status-code-unknown", null, code, "statuskoden \"" + code + "\" är okänd.");
            return null;
        }
    }

    /**
     * One text column as written; where the follow-up has several (Uppföljning and Kommentar) each part keeps
     * its column's label ("Uppföljning: … Kommentar: …"), as geodata/plans writes the Södermalm follow-up.
     */
    private static String followUpText(Row row, FollowUpColumns columns) {
        List<String> parts = new ArrayList<>();
        List<TemplateColumn> kinds = new ArrayList<>();
        for (int i = 0; i < columns.textColumns().size(); i++) {
            String value = row.at(columns.textColumns().get(i));
            if (value != null) {
                parts.add(value);
                kinds.add(columns.textKinds().get(i));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (columns.textColumns().size() == 1) {
            return parts.get(0);
        }
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            labelled.add(kinds.get(i).header + ": " + parts.get(i));
        }
        return String.join(" ", labelled);
    }

    private void warn(int rowNumber, WarningKind kind, String code, Map<String, Object> params, String cell,
            String message) {
        warnings.add(new RowWarning(sheet, rowNumber, kind, code, params, cell, message));
    }

    /** One data row, read through the layout. */
    private final class Row {
        private final List<String> cells;

        Row(List<String> cells) {
            this.cells = cells;
        }

        String get(TemplateColumn column) {
            return at(layout.column(column));
        }

        String at(int index) {
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }

        boolean hasMeasure(HeaderLayout l) {
            for (TemplateColumn c : Arrays.asList(TemplateColumn.MEASURE, TemplateColumn.GOAL, TemplateColumn.WHEN,
                    TemplateColumn.WHO, TemplateColumn.MEASURE_REF)) {
                if (get(c) != null) {
                    return true;
                }
            }
            return l.followUps.stream().anyMatch(f -> at(f.statusColumn()) != null
                    || f.textColumns().stream().anyMatch(i -> at(i) != null));
        }
    }

    private static final class ProblemDraft {
        final int row;
        final String ref;
        final String description;
        final List<String> places;
        final String targetGroup;
        final String timePattern;
        final List<CauseDraft> causes = new ArrayList<>();

        ProblemDraft(int row, String ref, String description, List<String> places, String targetGroup,
                String timePattern) {
            this.row = row;
            this.ref = ref;
            this.description = description;
            this.places = places;
            this.targetGroup = targetGroup;
            this.timePattern = timePattern;
        }

        PlanProblem build() {
            return new PlanProblem(ref, description, places, targetGroup, timePattern,
                    causes.stream().map(c -> new PlanCause(c.description, List.copyOf(c.measures))).toList());
        }
    }

    private static final class CauseDraft {
        final String description;
        final List<PlanMeasure> measures = new ArrayList<>();

        CauseDraft(String description) {
            this.description = description;
        }
    }
}
