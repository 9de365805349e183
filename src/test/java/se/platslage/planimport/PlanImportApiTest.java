package se.platslage.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.strateg;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.measure.Measure;

@BothDatabases
@Transactional
class PlanImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        return multipart("/api/plans/import").file(file);
    }

    private List<Long> counts() {
        em.clear();
        return List.of(count("Plan"), count("Place"), count("Problem"), count("Measure"), count("AuditEvent"));
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    @Test
    void dryRunPreviewsEveryRowWithWarningsAndStoresNothing() throws Exception {
        List<Long> before = counts();

        mvc.perform(upload(Workbooks.cityPlan()).param("district", "hasselby-vallingby").param("year", "2026")
                        .param("dryRun", "true").with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.plan.id").doesNotExist())
                .andExpect(jsonPath("$.plan.code").value("hasselby-vallingby-2026"))
                .andExpect(jsonPath("$.counts.problems").value(2))
                .andExpect(jsonPath("$.counts.measures").value(3))
                .andExpect(jsonPath("$.counts.placesCreated").value(1))
                .andExpect(jsonPath("$.rows[0].ref").value("hasselby-vallingby-2026-2-01-a"))
                .andExpect(jsonPath("$.rows[0].category").value("physical"))
                .andExpect(jsonPath("$.rows[0].type").value("lighting"))
                .andExpect(jsonPath("$.rows[0].problemPlaces[0].name").value("Hässelby torg"))
                .andExpect(jsonPath("$.rows[0].problemPlaces[0].new").value(false))
                .andExpect(jsonPath("$.rows[1].category").value("police"))
                .andExpect(jsonPath("$.rows[1].cause").value("Saknar insyn och belysning"))
                .andExpect(jsonPath("$.rows[2].category").value("activation"))
                .andExpect(jsonPath("$.rows[2].problemPlaces[0].new").value(true))
                .andExpect(jsonPath("$.warnings[*].message", hasItem(startsWith("okänd plats \"Okändabacken\""))))
                .andExpect(jsonPath("$.warnings[*].message", hasItem(startsWith("tidpunkten \"när andan faller på\""))))
                // Each warning says what it is about, so a script need not read the Swedish.
                .andExpect(jsonPath("$.warnings[?(@.message =~ /okänd plats.*/)].kind", everyItem(is("place"))))
                .andExpect(jsonPath("$.warnings[?(@.message =~ /tidpunkten.*/)].kind", everyItem(is("timing"))))
                .andExpect(jsonPath("$.warnings[*].kind", hasItem("place")))
                .andExpect(jsonPath("$.warnings[*].kind", hasItem("timing")))
                // ... and names sheet, row and the cell's text, with a code and parameters the page words itself
                // (a sheet name is at most 31 characters in Excel)
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')].sheet",
                        hasItem("2. Otrygga och brottsutsatta pl")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')].row", hasItem(6)))
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')].params.name", hasItem("Okändabacken")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')].cell",
                        hasItem("Okändabacken - samlingsplats för unga")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'timing-unparsed')].cell", hasItem("när andan faller på")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'timing-unparsed')].row", hasItem(6)))
                .andExpect(jsonPath("$.warnings[*].action", everyItem(is(true))))
                // a guessed category is a summary per category and word with its rows, not a warning per row
                .andExpect(jsonPath("$.warnings[?(@.kind == 'category')]").isEmpty())
                .andExpect(jsonPath("$.categoryGuesses[?(@.category == 'police')].count", hasItem(1)))
                .andExpect(jsonPath("$.categoryGuesses[?(@.category == 'police')].rows[0].row", hasItem(5)))
                .andExpect(jsonPath("$.categoryGuesses[?(@.category == 'police')].rows[0].ref",
                        hasItem("hasselby-vallingby-2026-2-01-b")))
                .andExpect(jsonPath("$.categoryGuesses[*].count", everyItem(is(1))))
                .andExpect(jsonPath("$.categoryGuesses.length()").value(3));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importCreatesThePlanWithRefsAndQueuesTheUnknownPlace() throws Exception {
        long auditBefore = count("AuditEvent");
        String body = mvc.perform(upload(Workbooks.cityPlan()).param("district", "hasselby-vallingby")
                        .param("year", "2026").with(strateg()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/plans/")))
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.plan.code").value("hasselby-vallingby-2026"))
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.elapsedMs").isNumber())
                .andReturn().getResponse().getContentAsString();
        long planId = ((Number) JsonPath.read(body, "$.plan.id")).longValue();

        mvc.perform(get("/api/measures").param("plan", String.valueOf(planId)).with(lasare()))
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.features[0].properties.ref").value("hasselby-vallingby-2026-2-01-a"))
                .andExpect(jsonPath("$.features[0].properties.timingStart").value("2024-08-05"))
                .andExpect(jsonPath("$.features[0].properties.placeName").value("Hässelby torg"));
        mvc.perform(get("/api/places").param("unplaced", "true").with(lasare()))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Okändabacken")))
                .andExpect(jsonPath("$.features[*].geometry", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.nullValue())));
        // plan, one new place, two problems, three measures: each with its audit record
        assertThat(count("AuditEvent") - auditBefore).isEqualTo(1 + 1 + 2 + 3);
    }

    @Test
    void aFollowUpRowMatchingNoMeasureIsWarnedAsUnmatchedAndAddsNothing() throws Exception {
        MockMultipartFile followUp = Workbooks.file("2. Otrygga och brottsutsatta platser", new String[] {
                "Prioriterat samverkansområde / problem", "Orsak", "Åtgärd", "När", "Vem", "Status 2025-09-30",
                "Kommentar 2025-09-30"}, new String[] {"Ett problem som ingen plan har", "Ingen orsak",
                "En åtgärd som ingen plan har", "2025", "Parkingenjör", "Pågående", "x"});
        mvc.perform(upload(followUp).param("plan", "hasselby-vallingby-2025").param("dryRun", "true").with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.followUpsAdded").value(0))
                .andExpect(jsonPath("$.warnings[?(@.kind == 'unmatched')].message",
                        hasItem(startsWith("ingen åtgärd i planen med samma id eller text"))));
    }

    @Test
    void anUnrecognisedStatusIsWarnedAndKeptAsWrittenWithoutChangingTheStatus() throws Exception {
        MockMultipartFile file = Workbooks.file("2. Otrygga och brottsutsatta platser", new String[] {
                "Prioriterat samverkansområde / problem", "Orsak", "Åtgärd", "När", "Vem", "Status 2026-05-31",
                "Kommentar 2026-05-31"}, new String[] {"Engelska parken - tillhåll", "Skymd", "Röjning av buskage",
                "Våren 2026", "Parkingenjör", "Lite si och så", "Väntar på entreprenör"});

        String body = mvc.perform(upload(file).param("district", "hasselby-vallingby").param("year", "2026")
                        .with(strateg()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[*].message", hasItem(startsWith("statusen \"Lite si och så\" känns inte igen"))))
                .andExpect(jsonPath("$.warnings[?(@.message =~ /statusen.*/)].kind", everyItem(is("status"))))
                .andExpect(jsonPath("$.warnings[*].kind", hasItem("status")))
                .andExpect(jsonPath("$.rows[0].category").value("physical"))
                .andExpect(jsonPath("$.rows[0].type").value("vegetation"))
                .andExpect(jsonPath("$.rows[0].problemPlaces[0].name").value("Engelska parken"))
                .andReturn().getResponse().getContentAsString();
        long planId = ((Number) JsonPath.read(body, "$.plan.id")).longValue();

        Measure measure = em.createQuery("select m from Measure m where m.problem.priorityArea.plan.id = :p",
                Measure.class).setParameter("p", planId).getSingleResult();
        assertThat(measure.getStatus().code()).isEqualTo("planned");
        assertThat(measure.getFollowUps()).singleElement().satisfies(f -> {
            assertThat(f.getStatusAsWritten()).isEqualTo("Lite si och så");
            assertThat(f.getNote()).isEqualTo("Väntar på entreprenör");
            assertThat(f.getDate()).hasToString("2026-05-31");
        });
    }

    @Test
    void aSecondImportForTheSameDistrictAndYearGetsItsOwnCode() throws Exception {
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "hasselby-vallingby").param("year", "2025")
                        .param("dryRun", "true").with(admin()))
                .andExpect(jsonPath("$.plan.code").value("hasselby-vallingby-2025-2"))
                .andExpect(jsonPath("$.existingPlan.code").value("hasselby-vallingby-2025"))
                .andExpect(jsonPath("$.existingPlan.rowsMatched").value(0))
                .andExpect(jsonPath("$.existingPlan.rows").value(3));
    }

    @Test
    void aWorkbookForADistrictAndYearWithAPlanSaysSoAndHowManyRowsMatchItsMeasures() throws Exception {
        byte[] exported = mvc.perform(get("/api/plans/hagersten-alvsjo-2024/export.xlsx").with(strateg()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long measures = em.createQuery("select count(m) from Measure m where m.problem.priorityArea.plan.code = :c",
                Long.class).setParameter("c", "hagersten-alvsjo-2024").getSingleResult();
        mvc.perform(upload(Workbooks.xlsx(exported)).param("district", "hagersten-alvsjo").param("year", "2024")
                        .param("dryRun", "true").with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.existingPlan.code").value("hagersten-alvsjo-2024"))
                .andExpect(jsonPath("$.existingPlan.measures").value(measures))
                .andExpect(jsonPath("$.existingPlan.rows").value(measures))
                .andExpect(jsonPath("$.existingPlan.rowsMatched").value(measures))
                // the first thing the strategist reads: add follow-ups there instead of a second plan
                .andExpect(jsonPath("$.warnings[0].code").value("plan-exists"))
                .andExpect(jsonPath("$.warnings[0].params.code").value("hagersten-alvsjo-2024"))
                .andExpect(jsonPath("$.warnings[0].params.rowsMatched").value(measures))
                .andExpect(jsonPath("$.warningGroups[0].kind").value("plan"))
                .andExpect(jsonPath("$.warningGroups[0].action").value(true));
    }

    @Test
    void platssamverkanRowsMatchTheDistrictsAreasAlsoByInitials() throws Exception {
        MockMultipartFile file = Workbooks.file("2. Otrygga och brottsutsatta platser",
                new String[] {"Otrygga och brottsutsatta platser"},
                Workbooks.HEADER,
                new String[] {"Platssamverkan Ä/S. Arbetsgrupp fokus Älvsjö/Solberga", "Narkotikaförsäljning",
                        "Hög polisnärvaro", null, "2026", "Kommunpolis"},
                new String[] {"Platssamverkan Älvsjö/Solberga", "Otrygghet kvällstid", "Ny belysning", null, "2026",
                        "Parkingenjör"},
                new String[] {"Platssamverkan F/V/H: sommarlov", "Unga samlas", "Fältassistenter", null, "2026", "SDF"},
                new String[] {"Platssamverkan Liljeholmen / Arbetsgrupp missbrukare som skapar otrygghet", "Missbruk",
                        "Uppsökande arbete", null, "2026", "SDF"});
        mvc.perform(upload(file).param("district", "hagersten-alvsjo").param("year", "2026").param("dryRun", "true")
                        .with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.placesCreated").value(0))
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')]").isEmpty())
                .andExpect(jsonPath("$.rows[0].problemArea.code").value("platssamverkan-alvsjo-solberga"))
                .andExpect(jsonPath("$.rows[1].problemArea.code").value("platssamverkan-alvsjo-solberga"))
                .andExpect(jsonPath("$.rows[2].problemArea.code")
                        .value("platssamverkan-fruangen-vastertorp-hagerstensasen"))
                .andExpect(jsonPath("$.rows[3].problemArea.code").value("platssamverkan-liljeholmen"));

        // Imported, each problem keeps its area.
        String body = mvc.perform(upload(file).param("district", "hagersten-alvsjo").param("year", "2026")
                        .with(strateg()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long planId = ((Number) JsonPath.read(body, "$.plan.id")).longValue();
        mvc.perform(get("/api/problems").param("plan", String.valueOf(planId)).with(lasare()))
                .andExpect(jsonPath("$.numberMatched").value(4))
                .andExpect(jsonPath("$.items[*].area.code", org.hamcrest.Matchers.containsInAnyOrder(
                        "platssamverkan-alvsjo-solberga", "platssamverkan-alvsjo-solberga",
                        "platssamverkan-fruangen-vastertorp-hagerstensasen", "platssamverkan-liljeholmen")))
                .andExpect(jsonPath("$.items[*].places[*]").isEmpty());
    }

    @Test
    void aShortFormAndItsLongFormInOneWorkbookBecomeOneNewPlace() throws Exception {
        MockMultipartFile file = Workbooks.file("2. Otrygga och brottsutsatta platser",
                new String[] {"Otrygga och brottsutsatta platser"},
                Workbooks.HEADER,
                // row 3: no problem here and none above it
                new String[] {null, "Mörkt", "Belysning vid entrén", null, "2026", "Parkingenjör"},
                new String[] {"Platssamverkan G/K - langning kvällstid", "Skymd", "Röjning av buskage", null, "2026",
                        "Parkingenjör"},
                new String[] {"Platssamverkan Grimsta/Kälvesta: skadegörelse", "Mörkt", "Ny belysning", null, "2026",
                        "Parkingenjör"});
        mvc.perform(upload(file).param("district", "hasselby-vallingby").param("year", "2026").param("dryRun", "true")
                        .with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.placesCreated").value(1))
                .andExpect(jsonPath("$.newPlaces[0].name").value("Platssamverkan Grimsta/Kälvesta"))
                .andExpect(jsonPath("$.rows[1].problemPlaces[0].code").value("platssamverkan-grimsta-kalvesta"))
                .andExpect(jsonPath("$.rows[2].problemPlaces[0].code").value("platssamverkan-grimsta-kalvesta"))
                .andExpect(jsonPath("$.warnings[?(@.code == 'place-unknown')].params.name",
                        is(List.of("Platssamverkan Grimsta/Kälvesta"))))
                .andExpect(jsonPath("$.warnings[?(@.code == 'problem-missing')].row", is(List.of(3))))
                .andExpect(jsonPath("$.warnings[?(@.code == 'problem-missing')].cell", is(List.of("Belysning vid entrén"))))
                .andExpect(jsonPath("$.warnings[?(@.code == 'problem-missing')].kind", is(List.of("structure"))));
    }

    @Test
    void importingNeedsStrategInThatDistrictOrAdmin() throws Exception {
        List<Long> before = counts();
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "hasselby-vallingby").param("year", "2026")
                .with(lasare())).andExpect(status().isForbidden());
        // strateg is assigned Hässelby-Vällingby and Hägersten-Älvsjö, not Södermalm
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "sodermalm").param("year", "2026")
                .with(strateg())).andExpect(status().isForbidden());
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "sodermalm").param("year", "2026")
                .param("dryRun", "true").with(admin())).andExpect(status().isOk());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void missingDistrictIsNamed() throws Exception {
        mvc.perform(upload(Workbooks.cityPlan()).param("year", "2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("district"));
    }

    @Test
    void unknownDistrictIsNamed() throws Exception {
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "gotham").param("year", "2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("district"));
    }

    @Test
    void yearOutOfRangeIsNamed() throws Exception {
        mvc.perform(upload(Workbooks.cityPlan()).param("district", "sodermalm").param("year", "20266").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void missingFileIsNamed() throws Exception {
        mvc.perform(multipart("/api/plans/import").param("district", "sodermalm").param("year", "2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        List<Long> before = counts();
        mvc.perform(upload(Workbooks.xlsx("Hej, det här är ingen arbetsbok".getBytes())).param("district", "sodermalm")
                        .param("year", "2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("xlsx")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithoutTheTemplatesHeaderIsRefused() throws Exception {
        mvc.perform(upload(Workbooks.file("2. Otrygga och brottsutsatta platser", new String[] {"Hej", "svejs"}))
                        .param("district", "sodermalm").param("year", "2026").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("rubrikrad")));
    }

    @Test
    void aFollowUpFileAddsDatedFollowUpsToTheExistingMeasuresOnce() throws Exception {
        Measure measure = em.createQuery("select m from Measure m where m.ref = 'hv25-2-01-a'", Measure.class)
                .getSingleResult();
        String problemText = measure.getProblem().getDescription();
        int followUpsBefore = measure.getFollowUps().size();
        long measuresBefore = countMeasures("hasselby-vallingby-2025");
        MockMultipartFile followUp = Workbooks.file("2. Otrygga och brottsutsatta platser", new String[] {
                "Prioriterat samverkansområde / problem", "Orsak", "Åtgärd", "När", "Vem", "Status 2025-09-30",
                "Kommentar 2025-09-30"}, new String[] {problemText.toUpperCase(), measure.getCause().getDescription(),
                measure.getDescription(), "2025", "Parkingenjör", "Pågående", "Beställd"});

        mvc.perform(upload(followUp).param("plan", "hasselby-vallingby-2025").with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("follow-up"))
                .andExpect(jsonPath("$.counts.measuresMatched").value(1))
                .andExpect(jsonPath("$.counts.followUpsAdded").value(1));
        mvc.perform(upload(Workbooks.xlsx(followUp.getBytes())).param("plan", "hasselby-vallingby-2025").with(strateg()))
                .andExpect(jsonPath("$.counts.followUpsAdded").value(0))
                .andExpect(jsonPath("$.counts.followUpsAlreadyThere").value(1));

        em.clear();
        Measure after = em.find(Measure.class, measure.getId());
        assertThat(after.getFollowUps()).hasSize(followUpsBefore + 1);
        // The follow-up as dated in the file; the measure's status is its latest follow-up's, which other tests
        // running against the same database may have dated later.
        assertThat(after.getFollowUps()).anySatisfy(f -> {
            assertThat(f.getDate()).hasToString("2025-09-30");
            assertThat(f.getStatus().code()).isEqualTo("ongoing");
            assertThat(f.getStatusAsWritten()).isEqualTo("Pågående");
            assertThat(f.getNote()).isEqualTo("Beställd");
        });
        assertThat(countMeasures("hasselby-vallingby-2025")).isEqualTo(measuresBefore);
    }

    private long countMeasures(String plan) {
        return em.createQuery("select count(m) from Measure m where m.problem.priorityArea.plan.code = :c", Long.class)
                .setParameter("c", plan).getSingleResult();
    }
}
