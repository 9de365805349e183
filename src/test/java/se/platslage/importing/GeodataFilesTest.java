package se.platslage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import se.platslage.place.PlaceKind;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/** Checks geodata/ itself, as shipped: the data every start loads. */
class GeodataFilesTest {

    static GeodataReader reader;
    static Map<String, Geometry> districts = new HashMap<>();
    static Map<String, GeodataReader.Feature> places = new HashMap<>();
    static List<JsonNode> plans;

    @BeforeAll
    static void read() {
        reader = new GeodataReader(new ObjectMapper(), Path.of("geodata"));
        reader.features("districts").forEach(f -> districts.put(f.id(), f.geometry()));
        reader.features("places").forEach(f -> places.put(f.id(), f));
        plans = reader.plans();
    }

    @Test
    void theThreeDistrictsAndPlansAreThere() {
        assertThat(districts).containsOnlyKeys("hagersten-alvsjo", "hasselby-vallingby", "sodermalm");
        assertThat(plans).extracting(p -> p.path("id").asText())
                .containsExactlyInAnyOrder("hagersten-alvsjo-2024", "hasselby-vallingby-2025", "sodermalm-2024");
    }

    @Test
    void everyGeometryIsValidAndLiesInsideItsDistrict() {
        List<GeodataReader.Feature> all = new ArrayList<>();
        for (String folder : List.of("places", "areas", "measures")) {
            all.addAll(reader.features(folder));
        }
        List<String> faults = new ArrayList<>();
        for (GeodataReader.Feature f : all) {
            Geometry g = f.geometry();
            if (g == null) {
                faults.add(f.id() + ": no geometry");
                continue;
            }
            if (!new IsValidOp(g).isValid()) {
                faults.add(f.id() + ": invalid, " + new IsValidOp(g).getValidationError());
            }
            String districtCode = f.text("district") != null ? f.text("district") : districtOfFile(f.file());
            Geometry district = districts.get(districtCode);
            // 1 m of slack: an area built from the same stadsdel lines shares the district's boundary.
            if (district == null || !district.buffer(1.0).covers(g)) {
                faults.add(f.id() + ": not inside district " + districtCode);
            }
        }
        assertThat(faults).isEmpty();
        assertThat(all).hasSizeGreaterThan(30);
    }

    @Test
    void everyPlaceSaysHowItWasDigitisedAndHasAGeometryFitForItsKind() {
        List<String> faults = new ArrayList<>();
        for (GeodataReader.Feature f : places.values()) {
            PlaceKind kind = PlaceKind.fromCode(f.text("kind"));
            if (!kind.geometryTypes().contains(f.geometry().getGeometryType())) {
                faults.add(f.id() + ": a " + kind.code() + " cannot be a " + f.geometry().getGeometryType());
            }
            if (f.text("digitised") == null || f.text("source") == null || f.text("name") == null
                    || !f.properties().path("accuracyM").isInt()) {
                faults.add(f.id() + ": name, digitised, accuracyM and source are required");
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void plansReferOnlyToKnownPlacesAndCodes() {
        Set<String> refs = new HashSet<>();
        List<String> faults = new ArrayList<>();
        for (JsonNode plan : plans) {
            for (JsonNode area : plan.path("priorityAreas")) {
                for (JsonNode problem : area.path("problems")) {
                    checkRef(problem, refs, faults);
                    checkPlaces(problem, faults);
                    for (JsonNode cause : problem.path("causes")) {
                        for (JsonNode m : cause.path("measures")) {
                            checkRef(m, refs, faults);
                            checkPlaces(m, faults);
                            MeasureCategory category = MeasureCategory.fromCode(m.path("category").asText());
                            if (m.hasNonNull("type")) {
                                PhysicalType.fromCode(m.get("type").asText());
                                if (category != MeasureCategory.PHYSICAL) {
                                    faults.add(m.path("ref").asText() + ": a type on a non-physical measure");
                                }
                            }
                            m.path("followUps").forEach(f -> MeasureStatus.fromCode(f.path("status").asText()));
                        }
                    }
                }
            }
            for (JsonNode target : plan.path("targets")) {
                if (target.hasNonNull("place") && !places.containsKey(target.get("place").asText())) {
                    faults.add("target at unknown place " + target.get("place").asText());
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void everyPlaceInArea2OfHagerstenAlvsjoHasAGeometry() {
        JsonNode plan = plan("hagersten-alvsjo-2024");
        List<String> area2Places = new ArrayList<>();
        for (JsonNode area : plan.path("priorityAreas")) {
            if (area.path("number").asInt() == 2) {
                area.path("problems").forEach(p -> p.path("places").forEach(id -> area2Places.add(id.asText())));
            }
        }
        assertThat(area2Places).isNotEmpty();
        assertThat(area2Places).allMatch(id -> places.containsKey(id) && places.get(id).geometry() != null);
    }

    /** The plan's own "Sammanställning över prioriterade områden", counted again from geodata. */
    @Test
    void hasselbyVallingbyCountsEqualThePlansOwnTable() {
        int[][] printed = {{1, 2, 2, 2}, {2, 18, 18, 18}, {3, 1, 1, 1}, {4, 8, 8, 8}, {5, 3, 3, 3}, {6, 0, 0, 0}};
        JsonNode plan = plan("hasselby-vallingby-2025");
        List<int[]> counted = new ArrayList<>();
        for (JsonNode area : plan.path("priorityAreas")) {
            int problems = area.path("problems").size();
            int causes = 0;
            int measures = 0;
            for (JsonNode problem : area.path("problems")) {
                causes += problem.path("causes").size();
                for (JsonNode cause : problem.path("causes")) {
                    measures += cause.path("measures").size();
                }
            }
            counted.add(new int[] {area.path("number").asInt(), problems, causes, measures});
        }
        assertThat(counted).containsExactly(printed);
    }

    private static JsonNode plan(String code) {
        return plans.stream().filter(p -> p.path("id").asText().equals(code)).findFirst().orElseThrow();
    }

    private static void checkRef(JsonNode node, Set<String> refs, List<String> faults) {
        String ref = node.path("ref").asText();
        if (ref.isBlank() || !refs.add(ref)) {
            faults.add("missing or repeated ref '" + ref + "'");
        }
    }

    private static void checkPlaces(JsonNode node, List<String> faults) {
        for (JsonNode id : node.path("places")) {
            if (!places.containsKey(id.asText())) {
                faults.add(node.path("ref").asText() + ": unknown place " + id.asText());
            }
        }
    }

    private static String districtOfFile(String file) {
        return file.replace(".geojson", "");
    }

    /** geodata/README.md lists the estimates by hand; it must say exactly what the files say. */
    @Test
    void theReadmesTableOfEstimatesIsTheFilesOwn() throws java.io.IOException {
        Map<String, Integer> listed = new HashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| (.+?) \\| (\\d+) \\| `places/[a-z-]+\\.geojson` \\|$");
        for (String line : java.nio.file.Files.readAllLines(Path.of("geodata/README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.matches()) {
                listed.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        Map<String, Integer> estimates = new HashMap<>();
        places.values().stream().filter(f -> f.properties().path("accuracyM").asInt() > 30)
                .forEach(f -> estimates.put(f.text("name"), f.properties().path("accuracyM").asInt()));
        assertThat(estimates).isNotEmpty();
        assertThat(listed).isEqualTo(estimates);
    }
}
