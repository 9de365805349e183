package se.platslage.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messy cases of real files, built from the real plans' rows (geodata/plans). */
class PlanFileReaderTest {

    @TempDir
    Path dir;

    private final ActionPlan hasselby = RealPlans.load("hasselby-vallingby-2025");
    private final PlanArea places = hasselby.priorityAreas().get(1);

    @Test
    void findsColumnsByTheirWordsInAnyOrderWithSomeMissing() throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Vem", "Åtgärd", "Orsak", "Prioriterat samverkansområde / problem", "När"});
        for (PlanProblem p : places.problems()) {
            PlanCause c = p.causes().get(0);
            PlanMeasure m = c.measures().get(0);
            rows.add(new String[] {m.responsible(), m.description(), c.description(), p.description(), m.timing()});
        }
        PlanReadResult read = read(new TemplateWorkbook().sheet("2. Otrygga och brottsutsatta platser").rows(rows));

        PlanArea area = read.plan().priorityAreas().get(0);
        assertThat(area.number()).isEqualTo(2);
        assertThat(area.problems()).extracting(PlanProblem::description)
                .containsExactlyElementsOf(places.problems().stream().map(PlanProblem::description).toList());
        PlanMeasure first = area.problems().get(0).causes().get(0).measures().get(0);
        PlanMeasure expected = places.problems().get(0).causes().get(0).measures().get(0);
        assertThat(first.description()).isEqualTo(expected.description());
        assertThat(first.responsible()).isEqualTo(expected.responsible());
        assertThat(first.timing()).isEqualTo(expected.timing());
        assertThat(first.operationalGoal()).isNull();
    }

    @Test
    void skipsTheTemplatesInstructionRow() throws IOException {
        PlanProblem p = places.problems().get(0);
        PlanReadResult read = read(new TemplateWorkbook().sheet("Otrygga och brottsutsatta platser")
                .row("Prioriterat samverkansområde", "Orsak", "Åtgärd", "När", "Vem", "Uppföljning")
                .row("Ange samverkansområde, t.ex. Unga i riskzon", "Beskriv orsaken till problemet, kan vara flera, gör då flera separata åtgärder.",
                        "Koppla åtgärd mot respektive orsak. Beskriv tydligt vad som ska göras och hur det ska utföras.",
                        "Ange tid för när åtgärden ska vara genomförd (alt linjearbete).", "Ange vem som ansvarar för åtgärden.",
                        "Beskriv vad som har genomförts. Hur har parterna uppfyllt sina åtaganden.")
                .row(p.description(), p.causes().get(0).description(), p.causes().get(0).measures().get(0).description(),
                        "2025", "Lpo Vällingby", null));

        List<PlanProblem> problems = read.plan().priorityAreas().get(0).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).description()).isEqualTo(p.description());
    }

    @Test
    void anEmptyOrMergedFirstCellContinuesTheProblemAndCauseAbove() throws IOException {
        ActionPlan sodermalm = RealPlans.load("sodermalm-2024");
        PlanProblem p = sodermalm.priorityAreas().get(1).problems().get(0); // two causes, 5 + 1 + 2 measures
        TemplateWorkbook wb = new TemplateWorkbook().sheet("2. Otrygga och brottsutsatta platser")
                .row("Prioriterat samverkansområde", "Orsak", "Åtgärd", "När", "Vem");
        int first = wb.nextRow();
        for (PlanCause c : p.causes()) {
            int causeFirst = wb.nextRow();
            for (PlanMeasure m : c.measures()) {
                boolean newProblem = wb.nextRow() == first;
                boolean newCause = wb.nextRow() == causeFirst;
                wb.row(newProblem ? p.description() : null, newCause ? c.description() : null, m.description(),
                        m.timing(), m.responsible());
            }
            if (wb.nextRow() - 1 > causeFirst) {
                wb.current().addMergedRegion(new CellRangeAddress(causeFirst, wb.nextRow() - 1, 1, 1));
            }
        }
        wb.current().addMergedRegion(new CellRangeAddress(first, wb.nextRow() - 1, 0, 0));

        PlanProblem read = read(wb).plan().priorityAreas().get(0).problems().get(0);

        assertThat(read.causes()).extracting(PlanCause::description)
                .containsExactlyElementsOf(p.causes().stream().map(PlanCause::description).toList());
        assertThat(read.causes()).extracting(c -> c.measures().size()).containsExactly(5, 1, 2);
    }

    @Test
    void keepsTheParagraphsOfAMultiParagraphCell() throws IOException {
        String cause = "Saknar insyn och social kontroll.\n\nVegetationen skymmer gångvägen.";
        PlanReadResult read = read(new TemplateWorkbook().sheet("2. Otrygga")
                .row("Problem", "Orsak", "Åtgärd").row("Trymån", cause, "Gallra buskage"));

        assertThat(read.plan().priorityAreas().get(0).problems().get(0).causes().get(0).description()).isEqualTo(cause);
    }

    @Test
    void splitsWhenAndWhoRunTogetherInOneCell() throws IOException {
        PlanReadResult read = read(new TemplateWorkbook().sheet("2. Otrygga och brottsutsatta platser")
                .row("Prioriterat samverkansområde", "Orsak", "Åtgärd", "När", "Vem")
                .row("Hägerstens bollplan", "Mörkt", "Ny belysning", "2024 Parkingenjör", null)
                .row(null, null, "Röj sly", "Pågående linjearbete\nEnhetschef mottagningsenheten", null)
                .row(null, null, "Sommartorg", "Sommar 2024 och fortsatt under hösten", null));

        List<PlanMeasure> measures = read.plan().priorityAreas().get(0).problems().get(0).causes().get(0).measures();
        assertThat(measures).extracting(PlanMeasure::timing, PlanMeasure::responsible).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024", "Parkingenjör"),
                org.assertj.core.groups.Tuple.tuple("Pågående linjearbete", "Enhetschef mottagningsenheten"),
                org.assertj.core.groups.Tuple.tuple("Sommar 2024 och fortsatt under hösten", null));
        assertThat(read.warnings()).anyMatch(w -> w.row() == 2 && w.message().contains("samma cell"));
        assertThat(read.warnings()).anyMatch(w -> w.row() == 4 && w.message().contains("förstods inte"));
    }

    @Test
    void matchesSheetNamesCutAt31CharactersToTheirArea() throws IOException {
        String cut = "4. Särskilt utsatta och sårbara brottsoffer".substring(0, 31);
        PlanReadResult read = read(new TemplateWorkbook().sheet(cut)
                .row("Problem", "Orsak", "Åtgärd").row("Våld i nära relation", "Okunskap", "Utbildning")
                .sheet("Systemhotade brottslighet").row("Problem", "Orsak", "Åtgärd").row("Bidragsbrott", "Brister", "Kontroll"));

        assertThat(read.plan().priorityAreas()).extracting(PlanArea::number, PlanArea::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Systemhotade brottslighet"),
                org.assertj.core.groups.Tuple.tuple(4, "Särskilt utsatta och sårbara brottsoffer"));
    }

    @Test
    void readsTheSammanstallningSheetAsThePrintedSummaryIncludingFormulaResults() throws IOException {
        TemplateWorkbook wb = new TemplateWorkbook().sheet("1. Unga i riskzon")
                .row("Problem", "Orsak", "Åtgärd").row("Unga", "Riskfaktorer", "Fältassistenter")
                .sheet("Sammanställning")
                .row("Sammanställning över prioriterade områden")
                .row("Prioriterat område", "Antal problem", "Antal identifierade orsaker", "Antal åtgärder");
        for (SummaryTableRow counts : hasselby.summaryAsPrinted()) {
            org.apache.poi.ss.usermodel.Row r = wb.current().createRow(wb.nextRow());
            wb.skipRow();
            r.createCell(0).setCellValue(AreaNames.canonical(counts.area()));
            r.createCell(1).setCellValue(counts.problems());
            r.createCell(2).setCellValue(counts.causes());
            // The template counts with formulas; only their cached results are read.
            r.createCell(3).setCellFormula(counts.measures() + "+0");
        }
        wb.workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        PlanReadResult read = read(wb);

        assertThat(read.plan().summaryAsPrinted()).isEqualTo(hasselby.summaryAsPrinted());
    }

    @Test
    void readsAFollowUpFileWithDatedStatusAndCommentColumns() throws IOException {
        ActionPlan sodermalm = RealPlans.load("sodermalm-2024");
        PlanProblem p = sodermalm.priorityAreas().get(1).problems().get(1);
        PlanMeasure m = p.causes().get(0).measures().get(0);
        PlanReadResult read = read(new TemplateWorkbook().sheet("2. Otrygga och brottsutsatta pla")
                .row("Prioriterat samverkansområde", "Orsak", "Åtgärd", "När", "Vem", "Uppföljning 2024-11-",
                        "Status VB 2024", "Kommentarer")
                .row(p.description(), p.causes().get(0).description(), m.description(), m.timing(), m.responsible(),
                        "Genomfört enligt plan, arbetet fortsätter inom ramen för arbetsgruppen och i linjen",
                        m.followUps().get(0).statusAsWritten(), null)
                .row(null, null, "Ny åtgärd", "2024", "SDF", null, "Ser ökning, fler reg.", "Oklart"));

        List<PlanMeasure> measures = read.plan().priorityAreas().get(0).problems().get(0).causes().get(0).measures();
        assertThat(measures.get(0).followUps()).containsExactly(m.followUps().get(0));
        assertThat(measures.get(1).followUps()).containsExactly(new PlanFollowUp(LocalDate.of(2024, 12, 31), null,
                "Ser ökning, fler reg.", "Kommentar: Oklart"));
        assertThat(read.warnings()).anyMatch(w -> w.row() == 3 && w.message().contains("känns inte igen"));
    }

    private PlanReadResult read(TemplateWorkbook workbook) throws IOException {
        try (workbook) {
            return new PlanFileReader().read(workbook.save(dir.resolve("plan.xlsx")), 2024);
        }
    }
}
