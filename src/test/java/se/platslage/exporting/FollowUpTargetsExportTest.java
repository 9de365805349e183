package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.Fixtures;
import se.platslage.planfile.PlanFileReader;
import se.platslage.planfile.PlanReadResult;
import se.platslage.planfile.TargetSheet;

/** The plan's follow-up workbook carries each target's latest assessment and trend, in the target page's words. */
@BothDatabases
class FollowUpTargetsExportTest {

    static final String URL = "/api/plans/hasselby-vallingby-2025/follow-up.xlsx";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @TempDir
    Path dir;

    byte[] download(String role, String data) throws Exception {
        return mvc.perform(get(URL).param("data", data).with(DemoLogins.as(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** Column header → cell text, for the row of the named target. */
    static Map<String, String> row(byte[] xlsx, String target) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet(TargetSheet.NAME);
            assertThat(sheet).as("the targets' sheet").isNotNull();
            Row head = sheet.getRow(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(target)) {
                    Map<String, String> cells = new HashMap<>();
                    for (int c = 0; c < head.getLastCellNum(); c++) {
                        cells.put(head.getCell(c).getStringCellValue(), row.getCell(c) == null ? null : row.getCell(c).toString());
                    }
                    return cells;
                }
            }
        }
        throw new AssertionError("no row for " + target);
    }

    @Test
    void eachTargetsLatestAssessmentAndTheSameTrendSentenceAsTheTargetPage() throws Exception {
        byte[] xlsx = download("polis", "synthetic");
        long id = fixtures.targetAt("maltesholmstorget").getId();
        String page = mvc.perform(get("/api/targets/" + id + "/trend").param("data", "synthetic").with(DemoLogins.polis()))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> malte = row(xlsx, "Maltesholmstorget");
        assertThat(malte.get("Trend (brott över tid)")).isEqualTo(JsonPath.read(page, "$.reading.sv"));
        assertThat(malte.get("Att tänka på")).startsWith("SYNTETISKA");
        String latestDate = JsonPath.read(mvc.perform(get("/api/targets/" + id).with(DemoLogins.lasare()))
                .andReturn().getResponse().getContentAsString(), "$.properties.latestAssessment.to");
        assertThat(malte.get("Datum")).endsWith(latestDate);
        assertThat(row(xlsx, "Hässelby torg").get("Målår")).startsWith("2030");
        String all = ExportedFiles.xlsxText(xlsx);
        // the demo's police note and police-only indicator never leave in a file, not even for the police
        assertThat(all).doesNotContain("Säljarna roterar").doesNotContain("Kända säljare");
    }

    @Test
    void aReaderGetsTheAssessmentsButNoIncidentTrend() throws Exception {
        Map<String, String> row = row(download("lasare", "real"), "Hässelby torg");
        assertThat(row.get("Trend (brott över tid)")).isEqualTo(TargetStatuses.NO_TREND_FOR_ROLE);
        assertThat(row.get("Senaste bedömning")).isNotBlank();
    }

    @Test
    void theTargetsSheetIsSkippedSilentlyWhenTheWorkbookIsReadBack() throws Exception {
        Path file = dir.resolve("follow-up.xlsx");
        Files.write(file, download("polis", "real"));
        PlanReadResult read = new PlanFileReader().read(file, 2025);
        assertThat(read.warnings()).noneMatch(w -> w.toString().contains(TargetSheet.NAME));
    }

    @Test
    void anUnknownDataValueNamesTheField() throws Exception {
        mvc.perform(get(URL).param("data", "both").with(DemoLogins.polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("data"));
    }
}
