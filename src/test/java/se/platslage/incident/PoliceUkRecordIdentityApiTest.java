package se.platslage.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;
import static se.platslage.incident.IncidentFiles.upload;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;

/**
 * What counts as the same police.uk record (issue 14): Crime ID + month + position + location text + crime
 * type. Files are built like data.police.uk's street-level CSVs (rows made up for the test).
 */
@BothDatabases
@Transactional
class PoliceUkRecordIdentityApiTest {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context\n";
    static final String MET = "Metropolitan Police Service,Metropolitan Police Service";
    static final String ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static final String OTHER_ID = "0f9e8d7c6b5a49382716f5e4d3c2b1a00f9e8d7c6b5a49382716f5e4d3c2b1a0";

    /** Line numbers below are the file's (the header is line 1). */
    static final String JANUARY = HEADER
            // 2: a burglary
            + ID + ",2024-01," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,Burglary,"
            + "Under investigation,\n"
            // 3: the same Crime ID for another record: other place and type
            + ID + ",2024-01," + MET + ",-0.138543,51.520951,On or near Fitzroy Square,E01000918,Camden 027A,"
            + "Vehicle crime,Investigation complete; no suspect identified,\n"
            // 4: line 2 again, field by field
            + ID + ",2024-01," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,Burglary,"
            + "Under investigation,\n"
            // 5: line 2's record with a later outcome
            + ID + ",2024-01," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,Burglary,"
            + "Unable to prosecute suspect,\n"
            // 6: the same id, place and month as line 2, another crime type: another record
            + ID + ",2024-01," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,"
            + "Criminal damage and arson,Under investigation,\n"
            // 7, 8: anti-social behaviour has no Crime ID; two identical rows are two reports
            + ",2024-01," + MET + ",-0.134080,51.524300,On or near Euston Road,E01000917,Camden 026B,"
            + "Anti-social behaviour,,\n"
            + ",2024-01," + MET + ",-0.134080,51.524300,On or near Euston Road,E01000917,Camden 026B,"
            + "Anti-social behaviour,,\n"
            // 9: an id but no position
            + OTHER_ID + ",2024-01," + MET + ",,,No location,,,Burglary,Under investigation,\n"
            // 10: neither id nor position
            + ",2024-01," + MET + ",,,No location,,,Anti-social behaviour,,\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'test-uk'", Long.class);
    }

    private byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReusedCrimeIdWithOtherContentIsStoredAndReportedWithBothLines() throws Exception {
        mvc.perform(upload("police-uk", "2024-01-metropolitan-street.csv", bytes(JANUARY)).param("source", "test-uk")
                        .with(polis()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(9))
                // lines 2, 3, 6, 7 and 8
                .andExpect(jsonPath("$.inserted").value(5))
                // line 4 (exact repeat) and line 5 (same record, later outcome)
                .andExpect(jsonPath("$.duplicates").value(2))
                .andExpect(jsonPath("$.errors[*].line", contains(9, 10)))
                .andExpect(jsonPath("$.warnings[*].code",
                        contains("repeated-id", "exact-repeat", "same-record", "repeated-id", "identical-without-id")))
                .andExpect(jsonPath("$.warnings[*].line", contains(3, 4, 5, 6, 8)))
                .andExpect(jsonPath("$.warnings[*].firstLine", contains(2, 2, 2, 2, 7)))
                .andExpect(jsonPath("$.warnings[0].sourceId").value(ID))
                .andExpect(jsonPath("$.warnings[0].message", containsString("both are stored")))
                .andExpect(jsonPath("$.warningCounts.repeated-id").value(2))
                .andExpect(jsonPath("$.warningCounts.exact-repeat").value(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'test-uk' AND external_id = ?",
                Long.class, ID)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'test-uk'"
                + " AND external_id IS NULL AND type = 'Anti-social behaviour'", Long.class)).isEqualTo(2);
        // the record of line 2 keeps line 2's outcome-free data: one Burglary at Warren Street
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'test-uk' AND type = 'Burglary'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void reImportingTheSameFileAddsNothing() throws Exception {
        mvc.perform(upload("police-uk", "jan.csv", bytes(JANUARY)).param("source", "test-uk").with(polis()))
                .andExpect(jsonPath("$.inserted").value(5));
        mvc.perform(upload("police-uk", "jan-again.csv", bytes(JANUARY)).param("source", "test-uk").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importId").isEmpty())
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.duplicates").value(7));
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void theSameIdInTheNextMonthIsAnotherRecordAndAnUpdatedOutcomeIsNot() throws Exception {
        mvc.perform(upload("police-uk", "jan.csv", bytes(JANUARY)).param("source", "test-uk").with(polis()));
        String february = HEADER
                + ID + ",2024-02," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,"
                + "Burglary,Under investigation,\n"
                // January's record again, as a later file gives it, with its final outcome
                + ID + ",2024-01," + MET + ",-0.135638,51.523232,On or near Warren Street,E01000917,Camden 026B,"
                + "Burglary,Offender given a caution,\n";
        mvc.perform(upload("police-uk", "feb.csv", bytes(february)).param("source", "test-uk").with(polis()))
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.duplicates").value(1))
                // within this file the id stands for two records (two months); the stored one is not warned about
                .andExpect(jsonPath("$.warnings[*].code", contains("repeated-id")))
                .andExpect(jsonPath("$.warnings[0].line").value(3));
        assertThat(stored()).isEqualTo(6);
    }

    @Test
    void keysGivenToIncidentsStoredBeforeKeysEqualTheImportsKeys() throws Exception {
        mvc.perform(upload("police-uk", "jan.csv", bytes(JANUARY)).param("source", "test-uk").with(polis()));
        // as V30 leaves incidents imported before issue 14: their id is their key
        jdbc.update("UPDATE incident SET record_key = external_id || '#' || id WHERE source = 'test-uk'"
                + " AND external_id IS NOT NULL");
        Connection con = DataSourceUtils.getConnection(dataSource);
        new IncidentRecordKeyMigration().migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return con;
            }
        });
        mvc.perform(upload("police-uk", "jan-again.csv", bytes(JANUARY)).param("source", "test-uk").with(polis()))
                .andExpect(jsonPath("$.inserted").value(0));
        assertThat(stored()).isEqualTo(5);
    }
}
