package se.platslage.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanFileRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hagersten-alvsjo-2024", "hasselby-vallingby-2025", "sodermalm-2024"})
    void exportThenImportGivesTheSamePlan(String id) throws IOException {
        ActionPlan plan = RealPlans.load(id);
        Path file = dir.resolve(id + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanFileWriter().writePlan(plan, out);
        }

        PlanReadResult read = new PlanFileReader().read(file, 1999);

        assertThat(read.plan()).usingRecursiveComparison().isEqualTo(plan);
        assertThat(read.plan()).isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hagersten-alvsjo-2024", "hasselby-vallingby-2025", "sodermalm-2024"})
    void followUpExportReadsBackEveryMeasuresFollowUps(String id) throws IOException {
        ActionPlan plan = RealPlans.load(id);
        Path file = dir.resolve(id + "-uppfoljning.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanFileWriter().writeFollowUp(plan, out);
        }

        ActionPlan read = new PlanFileReader().read(file, plan.year()).plan();

        assertThat(measures(read)).extracting(PlanMeasure::ref, PlanMeasure::followUps)
                .containsExactlyElementsOf(measures(plan).stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.ref(), m.followUps())).toList());
    }

    static java.util.List<PlanMeasure> measures(ActionPlan plan) {
        return plan.priorityAreas().stream().flatMap(a -> a.problems().stream()).flatMap(p -> p.causes().stream())
                .flatMap(c -> c.measures().stream()).toList();
    }
}
