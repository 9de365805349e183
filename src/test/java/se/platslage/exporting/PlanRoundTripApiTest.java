package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanRepository;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;

/**
 * Each real plan, exported as the template and imported again as a new plan, is the same plan: the same areas,
 * problems, causes, measures, texts, places, follow-ups, printed summary and targets. Only the plan's code and
 * the refs are new (the originals are taken).
 */
@BothDatabases
@Transactional
class PlanRoundTripApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    PlanAssembler assembler;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hagersten-alvsjo-2024", "hasselby-vallingby-2025", "sodermalm-2024"})
    void exportThenImportGivesTheSamePlan(String code) throws Exception {
        Plan original = plans.findByCode(code).orElseThrow();
        ActionPlan before = assembler.assemble(original);
        byte[] xlsx = mvc.perform(get("/api/plans/" + code + "/export.xlsx").with(DemoLogins.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        MockMultipartFile file = new MockMultipartFile("file", code + ".xlsx", null, xlsx);
        String district = original.getDistrict().getCode();
        String year = String.valueOf(original.getYear());

        String preview = mvc.perform(multipart("/api/plans/import").file(file).param("district", district)
                        .param("year", year).param("dryRun", "true").with(DemoLogins.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(preview, "$.counts.problems")).isEqualTo(problems(before).size());
        assertThat((Integer) JsonPath.read(preview, "$.counts.measures")).isEqualTo(measures(before).size());
        assertThat((Integer) JsonPath.read(preview, "$.counts.placesCreated")).isZero();
        assertThat(plans.count()).isEqualTo(3);

        String created = mvc.perform(multipart("/api/plans/import").file(file).param("district", district)
                        .param("year", year).with(DemoLogins.admin()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.plan.id")).longValue();
        ActionPlan after = assembler.assemble(plans.findById(id).orElseThrow());

        assertThat(after.id()).isEqualTo(code + "-2");
        assertThat(withoutCodes(after)).usingRecursiveComparison().isEqualTo(withoutCodes(before));
        assertThat(measures(after)).extracting(PlanMeasure::ref).first().asString().startsWith(code + "-2-");
    }

    @org.junit.jupiter.api.Test
    void lastYearsPlanImportedAsNextYearsIsTitledForItsNewYear() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/plans/hasselby-vallingby-2025/export.xlsx").with(DemoLogins.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String created = mvc.perform(multipart("/api/plans/import").file(new MockMultipartFile("file", "hv.xlsx", null,
                        xlsx)).param("district", "hasselby-vallingby").param("year", "2031").with(DemoLogins.admin()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(created, "$.plan.title")).isEqualTo("Åtgärdsplan 2031, Hässelby-Vällingby");
    }

    /** The plan with its code and every ref left out: they are new for the imported plan. */
    static ActionPlan withoutCodes(ActionPlan p) {
        List<PlanArea> areas = p.priorityAreas().stream().map(a -> new PlanArea(a.number(), a.name(), a.problems()
                .stream().map(pr -> new PlanProblem(null, pr.description(), pr.places(), pr.targetGroup(),
                        pr.timePattern(), pr.causes().stream().map(c -> new PlanCause(c.description(), c.measures()
                                .stream().map(m -> new PlanMeasure(null, m.description(), m.category(), m.type(),
                                        m.operationalGoal(), m.timing(), m.responsible(), m.places(), m.notes(),
                                        m.followUps())).toList())).toList())).toList())).toList();
        return new ActionPlan(null, p.district(), p.year(), p.kind(), p.title(), p.sourceDocument(), p.adopted(),
                p.summaryAsPrinted(), p.targets(), areas);
    }

    static List<PlanProblem> problems(ActionPlan plan) {
        return plan.priorityAreas().stream().flatMap(a -> a.problems().stream()).toList();
    }

    static List<PlanMeasure> measures(ActionPlan plan) {
        return problems(plan).stream().flatMap(p -> p.causes().stream()).flatMap(c -> c.measures().stream()).toList();
    }
}
