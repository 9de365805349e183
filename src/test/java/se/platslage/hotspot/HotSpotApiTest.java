package se.platslage.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;

import com.jayway.jsonpath.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellSizeRule;
import se.platslage.analysis.grid.IncidentGridAggregator;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.incident.IncidentFilter;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;
import se.platslage.incident.IncidentFiles;

/**
 * The hot-spot endpoint against the engine on the same incidents, and against R spdep's fixture values.
 * Each test gives its incidents a type of its own and filters on it.
 */
@BothDatabases
@Transactional
class HotSpotApiTest {

    @Autowired
    MockMvc mvc;

    /** 1,500 clustered incidents around Vällingby (SWEREF 99 TM), one type. */
    static List<Incident> clustered(String type) {
        var settings = new SyntheticIncidentGenerator.Settings(42, 664000, 6582000, 667000, 6585000,
                List.of(new SyntheticIncidentGenerator.Cluster(665000, 6583500, 150, 2),
                        new SyntheticIncidentGenerator.Cluster(666200, 6584200, 100, 1)),
                0.4, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), List.of(type));
        List<Incident> list = new ArrayList<>();
        // re-made as real incidents: through the CSV import they are real data of this test
        SyntheticIncidentGenerator.generate(settings, 1500).forEachRemaining(i ->
                list.add(Incident.real(i.x(), i.y(), i.time(), i.type())));
        return list;
    }

    @Test
    void cellsEqualTheEnginesOnTheSameIncidents() throws Exception {
        List<Incident> incidents = clustered("T-engine");
        IncidentFiles.importReal(mvc, incidents, "e");
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", "T-engine").param("cellSize", "100")
                        .param("distanceBand", "250").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synthetic").value(false))
                .andExpect(jsonPath("$.parameters.cellSizeMeters").value(100.0))
                .andExpect(jsonPath("$.parameters.cellSize.source").value("given"))
                .andExpect(jsonPath("$.parameters.distanceBandMeters").value(250.0))
                .andExpect(jsonPath("$.parameters.distanceBand.chosenBy").value("given"))
                .andExpect(jsonPath("$.parameters.cells").value("all"))
                .andExpect(jsonPath("$.parameters.types[0]").value("T-engine"))
                .andExpect(jsonPath("$.summary.incidents").value(1500))
                .andReturn().getResponse().getContentAsString();
        double minX = ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minX")).doubleValue();
        double minY = ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minY")).doubleValue();
        int columns = JsonPath.read(body, "$.parameters.gridOrigin.columns");
        int rows = JsonPath.read(body, "$.parameters.gridOrigin.rows");
        assertThat(minX % 100).isZero(); // snapped: grids of different requests line up
        assertThat(minY % 100).isZero();

        SquareLattice lattice = new SquareLattice(minX, minY, 100, columns, rows);
        CellCounts counts = IncidentGridAggregator.aggregate(lattice, IncidentFilter.ALL, incidents.iterator());
        assertThat(counts.total()).isEqualTo(1500);
        HotSpotAnalysis.Result engine = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.withBand(CellInclusion.ALL_CELLS, 250));

        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        int expectedFeatures = 0;
        for (int k = 0; k < engine.giStar().size(); k++) {
            if (engine.giStar().counts()[k] > 0 || engine.classes()[k].bin() != 0) {
                expectedFeatures++;
            }
        }
        assertThat(features).hasSize(expectedFeatures);
        int hot = 0;
        for (Map<String, Object> f : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) f.get("properties");
            int k = engine.giStar().indexOf((Integer) p.get("cellId"));
            assertThat(p.get("count")).isEqualTo(engine.giStar().counts()[k]);
            assertThat(((Number) p.get("z")).doubleValue()).isEqualTo(engine.giStar().zScores()[k]);
            assertThat(((Number) p.get("p")).doubleValue()).isEqualTo(engine.pValues()[k]);
            assertThat(((Number) p.get("pFdr")).doubleValue()).isEqualTo(engine.pValuesFdr()[k]);
            assertThat(p.get("bin")).isEqualTo(engine.classes()[k].bin());
            hot += engine.classes()[k].isHot() ? 1 : 0;
        }
        assertThat(hot).isGreaterThan(0); // the clusters show up
        assertThat((Integer) JsonPath.read(body, "$.summary.hotCells")).isEqualTo(hot);
    }

    /** format=cells (what the map loads) carries the GeoJSON answer's cells, cell for cell, in far fewer bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"square", "hex"})
    void theCompactCellsEqualTheGeoJsonCellForCell(String grid) throws Exception {
        IncidentFiles.importReal(mvc, clustered("T-compact-" + grid), "c" + grid);
        var request = get("/api/analysis/hotspots").param("type", "T-compact-" + grid).param("cellSize", "100")
                .param("distanceBand", "250").param("grid", grid).with(polis());
        String geojson = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String compact = mvc.perform(get("/api/analysis/hotspots").param("type", "T-compact-" + grid)
                        .param("cellSize", "100").param("distanceBand", "250").param("grid", grid).param("format", "cells")
                        .with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("HotSpotCells"))
                .andExpect(jsonPath("$.grid.crs").value("EPSG:3006"))
                .andExpect(jsonPath("$.grid.shape").value(grid))
                .andExpect(jsonPath("$.grid.cellSizeMeters").value(100.0))
                .andReturn().getResponse().getContentAsString();
        for (String key : List.of("minX", "minY", "columns", "rows")) {
            assertThat((Object) JsonPath.read(compact, "$.grid." + key))
                    .isEqualTo(JsonPath.read(geojson, "$.parameters.gridOrigin." + key));
        }
        assertThat((Map<?, ?>) JsonPath.read(compact, "$.summary")).isEqualTo(JsonPath.read(geojson, "$.summary"));
        assertThat((Map<?, ?>) JsonPath.read(compact, "$.parameters")).isEqualTo(JsonPath.read(geojson, "$.parameters"));

        List<Map<String, Object>> features = JsonPath.read(geojson, "$.features");
        List<Integer> columns = JsonPath.read(compact, "$.cells.column");
        List<Integer> rows = JsonPath.read(compact, "$.cells.row");
        List<Integer> counts = JsonPath.read(compact, "$.cells.count");
        List<Number> z = JsonPath.read(compact, "$.cells.z");
        List<Number> pFdr = JsonPath.read(compact, "$.cells.pFdr");
        List<Integer> bins = JsonPath.read(compact, "$.cells.bin");
        assertThat(features).hasSizeGreaterThan(50);
        assertThat(List.of(rows.size(), counts.size(), z.size(), pFdr.size(), bins.size()))
                .containsOnly(columns.size());
        Map<String, Map<String, Object>> byCell = new HashMap<>();
        for (Map<String, Object> f : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) f.get("properties");
            byCell.put(p.get("column") + "," + p.get("row"), p);
        }
        assertThat(columns).hasSameSizeAs(features);
        int significant = 0;
        for (int i = 0; i < columns.size(); i++) {
            Map<String, Object> p = byCell.remove(columns.get(i) + "," + rows.get(i));
            assertThat(p).as("cell %d,%d in the GeoJSON", columns.get(i), rows.get(i)).isNotNull();
            assertThat(counts.get(i)).isEqualTo(p.get("count"));
            assertThat(bins.get(i)).isEqualTo(p.get("bin"));
            assertThat(z.get(i).doubleValue()).isCloseTo(((Number) p.get("z")).doubleValue(),
                    org.assertj.core.data.Offset.offset(0.0005));
            double fdr = ((Number) p.get("pFdr")).doubleValue();
            assertThat(pFdr.get(i).doubleValue()).isCloseTo(fdr, org.assertj.core.data.Offset.offset(fdr * 5e-4));
            significant += bins.get(i) != 0 ? 1 : 0;
        }
        assertThat(byCell).isEmpty();
        assertThat(significant).isGreaterThan(0);
        assertThat(compact.length()).isLessThan(geojson.length() / 5);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/analysis/hotspots").param("format", "mvt").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("format"));
    }

    @Test
    void aChosenBandReportsHowItWasChosenAndTheMoransISeriesOfTheEngine() throws Exception {
        List<Incident> incidents = clustered("T-peak");
        IncidentFiles.importReal(mvc, incidents, "k");
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", "T-peak").param("cellSize", "100")
                        .with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.distanceBand.source").value("chosen"))
                .andExpect(jsonPath("$.parameters.distanceBand.rule", containsString("Moran's I")))
                .andReturn().getResponse().getContentAsString();
        SquareLattice lattice = new SquareLattice(((Number) JsonPath.read(body, "$.parameters.gridOrigin.minX")).doubleValue(),
                ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minY")).doubleValue(), 100,
                JsonPath.read(body, "$.parameters.gridOrigin.columns"), JsonPath.read(body, "$.parameters.gridOrigin.rows"));
        CellCounts counts = IncidentGridAggregator.aggregate(lattice, IncidentFilter.ALL, incidents.iterator());
        HotSpotAnalysis.Result engine = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.chooseBand(CellInclusion.ALL_CELLS));

        assertThat((String) JsonPath.read(body, "$.parameters.distanceBand.chosenBy"))
                .isEqualTo(engine.bandChosenBy().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(((Number) JsonPath.read(body, "$.parameters.distanceBandMeters")).doubleValue())
                .isEqualTo(engine.distanceBandMeters());
        List<Map<String, Object>> series = JsonPath.read(body, "$.parameters.distanceBand.series");
        assertThat(series).hasSize(engine.bandSeries().series().size()).hasSize(10);
        for (int k = 0; k < series.size(); k++) {
            assertThat(((Number) series.get(k).get("distanceBandMeters")).doubleValue())
                    .isEqualTo(engine.bandSeries().series().get(k).distanceBandMeters());
            assertThat(((Number) series.get(k).get("z")).doubleValue())
                    .isEqualTo(engine.bandSeries().series().get(k).zScore());
        }
        // clustered incidents: the band is the series' peak, flagged in the series
        assertThat(engine.bandChosenBy()).isEqualTo(HotSpotAnalysis.BandChoice.PEAK);
        assertThat(series.stream().filter(m -> Boolean.TRUE.equals(m.get("peak")))
                .map(m -> ((Number) m.get("distanceBandMeters")).doubleValue()).toList())
                .containsExactly(engine.distanceBandMeters());
    }

    @Test
    void chosenCellSizeAndBandAreTheEnginesRulesAndAreEchoed() throws Exception {
        List<Incident> incidents = clustered("T-auto");
        IncidentFiles.importReal(mvc, incidents, "a");
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", "T-auto").param("grid", "hex").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.grid").value("hex"))
                .andExpect(jsonPath("$.parameters.cellSize.source").value("chosen"))
                .andExpect(jsonPath("$.parameters.cellSize.rule", containsString("nearest")))
                .andExpect(jsonPath("$.parameters.distanceBand.source").value("chosen"))
                .andExpect(jsonPath("$.parameters.distanceBand.rule", containsString("K-th nearest")))
                .andReturn().getResponse().getContentAsString();
        double[] xs = incidents.stream().mapToDouble(Incident::x).toArray();
        double[] ys = incidents.stream().mapToDouble(Incident::y).toArray();
        CellSizeRule.Choice choice = CellSizeRule.choose(xs, ys, 250_000);
        assertThat(((Number) JsonPath.read(body, "$.parameters.cellSizeMeters")).doubleValue())
                .isEqualTo(Math.max(choice.cellSizeMeters(), 10));
        assertThat(((Number) JsonPath.read(body, "$.parameters.cellSize.meanNearestNeighbourMeters")).doubleValue())
                .isEqualTo(choice.meanNearestNeighbourMeters());
    }

    /**
     * spdep's localG for square_12x9_band250_nonempty (src/test/resources/analysis/gistar): count incidents
     * at each cell centre, non-empty cells in the statistic, 100 m cells, 250 m band.
     */
    @Test
    void theEndpointReproducesSpdepsFixture() throws Exception {
        List<Map<String, String>> fixture = readFixture("square_12x9_band250_nonempty.csv");
        List<Incident> incidents = new ArrayList<>();
        for (Map<String, String> row : fixture) {
            for (int i = 0; i < Integer.parseInt(row.get("count")); i++) {
                incidents.add(IncidentFiles.at(Double.parseDouble(row.get("x")), Double.parseDouble(row.get("y")),
                        "2024-03-01T10:00:00Z", "T-spdep"));
            }
        }
        IncidentFiles.importReal(mvc, incidents, "s");
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", "T-spdep").param("cellSize", "100")
                        .param("distanceBand", "250").param("cells", "non-empty").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.cells").value("non-empty"))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        assertThat(features).hasSize(fixture.size());
        Map<String, Map<String, Object>> byCentre = new HashMap<>();
        for (Map<String, Object> f : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) f.get("properties");
            byCentre.put(Math.round(((Number) p.get("centreX")).doubleValue()) + ","
                    + Math.round(((Number) p.get("centreY")).doubleValue()), p);
        }
        for (Map<String, String> row : fixture) {
            Map<String, Object> p = byCentre.get(Math.round(Double.parseDouble(row.get("x"))) + ","
                    + Math.round(Double.parseDouble(row.get("y"))));
            assertThat(p).as("cell at " + row.get("x") + "," + row.get("y")).isNotNull();
            assertThat(p.get("neighbours")).isEqualTo(Integer.parseInt(row.get("neighbours")));
            assertThat(((Number) p.get("z")).doubleValue()).isCloseTo(Double.parseDouble(row.get("z")),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(((Number) p.get("p")).doubleValue()).isCloseTo(Double.parseDouble(row.get("p")),
                    org.assertj.core.data.Percentage.withPercentage(1e-10));
            assertThat(((Number) p.get("pFdr")).doubleValue()).isCloseTo(Double.parseDouble(row.get("p_bh")),
                    org.assertj.core.data.Percentage.withPercentage(1e-10));
        }
    }

    @ParameterizedTest
    @CsvSource({"cellSize,-5", "cellSize,0", "cellSize,abc", "cellSize,NaN", "cellSize,1e9", "cellSize,5",
            "distanceBand,-1", "distanceBand,0", "distanceBand,1e12", "grid,triangle", "cells,some", "data,both",
            "from,yesterday", "bbox,1,2,3", "includeImprecise,maybe"})
    void badParametersAre400NamingTheField(String field, String value) throws Exception {
        mvc.perform(get("/api/analysis/hotspots").param(field, value).with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void aBandBelowTheCellSizeAndTooManyCellsAre400WithTheLimit() throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665000, 6583000, "2024-01-01T00:00:00Z", "T-limit"),
                IncidentFiles.at(666000, 6584000, "2024-01-01T00:00:00Z", "T-limit")), "l");
        mvc.perform(get("/api/analysis/hotspots").param("type", "T-limit").param("cellSize", "200")
                        .param("distanceBand", "100").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("distanceBand"));
        mvc.perform(get("/api/analysis/hotspots").param("cellSize", "10").param("bbox", "11,55,24,69").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cellSize"))
                .andExpect(jsonPath("$.detail", containsString("at most 250000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/analysis/hotspots", "/api/analysis/density", "/api/analysis/coverage"})
    void readersAndParkEngineersSeeNoAnalysisOfPoliceData(String path) throws Exception {
        mvc.perform(get(path).with(DemoLogins.lasare())).andExpect(status().isForbidden());
        mvc.perform(get(path).with(DemoLogins.parkingenjor())).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }

    @Test
    void strategistsSeeCellsButNotCountsOfOneOrTwoNorFineGrids() throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665050, 6583050, "2024-01-01T00:00:00Z", "T-strateg"),
                IncidentFiles.at(665350, 6583050, "2024-01-01T00:00:00Z", "T-strateg"),
                IncidentFiles.at(665350, 6583060, "2024-01-02T00:00:00Z", "T-strateg"),
                IncidentFiles.at(665350, 6583070, "2024-01-03T00:00:00Z", "T-strateg")), "st");
        mvc.perform(get("/api/analysis/hotspots").param("type", "T-strateg").param("cellSize", "100")
                        .param("distanceBand", "100").with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[0].properties.count").isEmpty())
                .andExpect(jsonPath("$.features[0].properties.countSuppressed").value(true))
                .andExpect(jsonPath("$.features[1].properties.count").value(3));
        mvc.perform(get("/api/analysis/hotspots").param("type", "T-strateg").param("cellSize", "100")
                        .param("distanceBand", "100").with(polis()))
                .andExpect(jsonPath("$.features[0].properties.count").value(1));
        // Chosen from the data (about 300 m apart here: would be finer for the police), never below 100 m.
        mvc.perform(get("/api/analysis/hotspots").param("type", "T-strateg").with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.cellSizeMeters").value(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(100.0)));
        mvc.perform(get("/api/analysis/hotspots").param("type", "T-strateg").param("cellSize", "50")
                        .with(DemoLogins.strateg()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cellSize"));
        mvc.perform(get("/api/analysis/density").param("type", "T-strateg").param("bandwidth", "100")
                        .with(DemoLogins.strateg()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bandwidth"));
    }

    @Test
    void syntheticDataIsOnlyShownWhenAskedForAndThenLabelled() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/incidents/synthetic")
                .param("count", "2000").param("seed", "11").with(polis())).andExpect(status().isCreated());
        mvc.perform(get("/api/analysis/hotspots").param("source", "synthetic-seed-11").param("cellSize", "200").with(polis()))
                .andExpect(jsonPath("$.synthetic").value(false))
                .andExpect(jsonPath("$.summary.incidents").value(0));
        mvc.perform(get("/api/analysis/hotspots").param("source", "synthetic-seed-11").param("cellSize", "200")
                        .param("data", "synthetic").with(polis()))
                .andExpect(jsonPath("$.synthetic").value(true))
                .andExpect(jsonPath("$.dataLabel", containsString("SYNTHETIC")))
                .andExpect(jsonPath("$.parameters.data").value("synthetic"))
                .andExpect(jsonPath("$.summary.incidents").value(2000))
                .andExpect(jsonPath("$.summary.hotCells").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.features[0].properties.synthetic").value(true));
    }

    @Test
    void densityIntegratesToTheNumberOfIncidents() throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665000, 6583000, "2024-01-01T00:00:00Z", "T-kde"),
                IncidentFiles.at(665100, 6583050, "2024-01-01T00:00:00Z", "T-kde"),
                IncidentFiles.at(665900, 6583900, "2024-01-01T00:00:00Z", "T-kde")), "k");
        String body = mvc.perform(get("/api/analysis/density").param("type", "T-kde").param("pixelSize", "10")
                        .param("bandwidth", "150").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("DensityRaster"))
                .andExpect(jsonPath("$.crs").value("EPSG:3006"))
                .andExpect(jsonPath("$.parameters.bandwidthMeters").value(150.0))
                .andReturn().getResponse().getContentAsString();
        List<Number> values = JsonPath.read(body, "$.values");
        double perKm2Sum = values.stream().mapToDouble(Number::doubleValue).sum();
        // each kernel integrates to 1: sum of (incidents per km²) x pixel area (km²) = incidents
        assertThat(perKm2Sum * 10 * 10 / 1e6).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.03));
        mvc.perform(get("/api/analysis/density").param("type", "T-kde").param("format", "geojson").with(polis()))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
    }

    static List<Map<String, String>> readFixture(String name) throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                HotSpotApiTest.class.getResourceAsStream("/analysis/gistar/" + name), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] v = line.split(",");
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], v[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
