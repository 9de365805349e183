package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * Positions to check, in the page: approximate places are dashed on the map and said so in the details, the
 * strategist's list holds the approximate places of their districts, and a GeoJSON file of corrections is
 * previewed (how far each place moves) before it is saved. A file with a mistake names it and saves nothing.
 */
// Its own database: the corrected place must not move under the other browser tests.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:platslage-browser-positions;DB_CLOSE_DELAY=-1")
class PositionsBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STRATEG_DISTRICTS = Set.of("hasselby-vallingby", "hagersten-alvsjo");

    JsonNode get(String path) {
        return rest.withBasicAuth("admin", "demo").getForObject(url(path), JsonNode.class);
    }

    int approximateInStrategsDistricts() {
        int n = 0;
        for (JsonNode f : get("/api/places?approximate=true&limit=1000").get("features")) {
            n += STRATEG_DISTRICTS.contains(f.path("properties").path("district").asText()) ? 1 : 0;
        }
        return n;
    }

    JsonNode place(String code) {
        for (JsonNode f : get("/api/places?limit=1000").get("features")) {
            if (code.equals(f.path("properties").path("code").asText())) {
                return f;
            }
        }
        throw new AssertionError("no place " + code);
    }

    int shownCount() {
        return Integer.parseInt(driver.findElement(By.id("positions-count")).getDomAttribute("data-count"));
    }

    /** A one-feature file: the place moved {@code metres} east, with the given properties. */
    Path correctionFile(JsonNode place, double metres, ObjectNode properties) throws Exception {
        double lat = place.at("/geometry/coordinates/0/0/1").asDouble();
        double dLon = metres / (111_320 * Math.cos(Math.toRadians(lat)));
        ObjectNode geometry = place.get("geometry").deepCopy();
        for (JsonNode ring : geometry.get("coordinates")) {
            for (JsonNode position : ring) {
                ((ArrayNode) position).set(0, JSON.getNodeFactory().numberNode(position.get(0).asDouble() + dLon));
            }
        }
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
        feature.set("geometry", geometry);
        feature.set("properties", properties.put("code", place.at("/properties/code").asText()));
        ObjectNode file = JSON.createObjectNode().put("type", "FeatureCollection");
        file.putArray("features").add(feature);
        Path path = Files.createTempFile("rattade-lagen", ".geojson");
        Files.writeString(path, file.toString());
        return path;
    }

    @Test
    void aStrategistSeesApproximatePlacesAndCorrectsOneFromAGisFile() throws Exception {
        int before = approximateInStrategsDistricts();
        assertThat(before).isGreaterThan(1);
        signInAndOpen("strateg", "/?tab=places");
        waitFor().until(d -> d.findElement(By.id("positions-count")).getDomAttribute("data-count") != null);
        assertThat(shownCount()).isEqualTo(before);

        // Approximate outlines are dashed on the map, and the legend says what the dashes mean.
        List<?> dashes = (List<?>) js("return [...document.querySelectorAll('#map path.place-approximate')]"
                + ".map(p => p.getAttribute('stroke-dasharray'))");
        assertThat(dashes).isNotEmpty().allSatisfy(d -> assertThat(String.valueOf(d)).matches("\\d+,? ?\\d+"));
        assertThat(js("return document.querySelectorAll('#map path.place:not(.place-approximate)').length"))
                .isNotEqualTo(0L);
        assertThat(driver.findElement(By.cssSelector("#legend [data-legend=approximate]")).getText())
                .contains("Ungefärligt läge");
        // Several places are drawn from OpenStreetMap data: the ODbL's attribution is on the map.
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
                .contains("Platser: © OpenStreetMap contributors (ODbL)");

        JsonNode vippan = place("alvsjo-centrum");
        long id = vippan.get("id").asLong();
        driver.findElement(By.cssSelector("#positions-list li[data-id='" + id + "'] button")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#details .place-accuracy")).getText().contains("±50 m"));
        // "Visa på kartan" also brings the place into view, closer than the district overview.
        waitFor().until(d -> d.getCurrentUrl().matches(".*[?&]z=1[5-7]\\b.*"));
        assertThat(driver.findElement(By.cssSelector("#details .place-accuracy")).getDomAttribute("class"))
                .contains("place-accuracy-approximate");

        screenshot("positions-approximate-place");

        // A file with a mistake: every mistake named, nothing saved.
        Path wrong = correctionFile(vippan, 15, JSON.createObjectNode().put("digitised", "Baskartan"));
        driver.findElement(By.id("positions-file")).sendKeys(wrong.toString());
        driver.findElement(By.id("positions-preview")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#positions-errors li")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#positions-errors li")).getText()).contains("accuracyM");
        assertThat(driver.findElement(By.id("positions-apply")).isDisplayed()).isFalse();
        assertThat(place("alvsjo-centrum").at("/properties/accuracyM").asInt()).isEqualTo(50);

        // The corrected file: preview shows how far it moves, then Spara.
        Path right = correctionFile(vippan, 15, JSON.createObjectNode().put("accuracyM", 4)
                .put("digitised", "Ritad i QGIS mot stadens baskarta"));
        driver.findElement(By.id("positions-file")).sendKeys(right.toString());
        driver.findElement(By.id("positions-preview")).click();
        waitFor().until(d -> d.findElement(By.id("positions-summary")).getText().contains("Inget är sparat"));
        String shift = driver.findElement(By.cssSelector("#positions-report tbody tr td.num")).getText();
        Matcher metres = Pattern.compile("([\\d,]+) m").matcher(shift);
        assertThat(metres.find()).as(shift).isTrue();
        assertThat(Double.parseDouble(metres.group(1).replace(',', '.'))).isCloseTo(15, within(1.0));
        assertThat(place("alvsjo-centrum").at("/properties/accuracyM").asInt()).isEqualTo(50);

        screenshot("positions-preview");
        driver.findElement(By.id("positions-apply")).click();
        waitFor().until(d -> shownCount() == before - 1);
        assertThat(driver.findElements(By.cssSelector("#positions-list li[data-id='" + id + "']"))).isEmpty();
        JsonNode corrected = place("alvsjo-centrum");
        assertThat(corrected.at("/properties/accuracyM").asInt()).isEqualTo(4);
        assertThat(corrected.at("/properties/approximate").asBoolean()).isFalse();
        assertThat(corrected.at("/geometry/coordinates/0/0/0").asDouble())
                .isGreaterThan(vippan.at("/geometry/coordinates/0/0/0").asDouble());
    }

    @Test
    void correctingAPlaceInTheMapAsksHowItWasDrawnAndKeepsItsSource() throws Exception {
        JsonNode before = place("malarhojdens-ip");
        long id = before.get("id").asLong();
        String source = before.at("/properties/source").asText();
        assertThat(source).isNotBlank();
        signInAndOpen("strateg", "/?tab=places");
        waitFor().until(d -> !d.findElements(By.cssSelector("#positions-list li[data-id='" + id + "'] .positions-fix")).isEmpty());
        driver.findElement(By.cssSelector("#positions-list li[data-id='" + id + "'] .positions-fix")).click();

        var accuracy = waitFor().until(d -> d.findElement(By.cssSelector("#editor [name='properties.accuracyM']")));
        // The area is open for reshaping: Leaflet.draw's vertex handles are on the map.
        assertThat(driver.findElements(By.cssSelector("#map .leaflet-editing-icon"))).hasSizeGreaterThan(3);
        var digitised = driver.findElement(By.cssSelector("#editor [name='properties.digitised']"));
        assertThat(accuracy.getDomProperty("value")).isEqualTo(before.at("/properties/accuracyM").asText());
        assertThat(digitised.getDomProperty("value")).isEqualTo(before.at("/properties/digitised").asText());
        accuracy.clear();
        accuracy.sendKeys("8");
        digitised.clear();
        digitised.sendKeys("Kontrollerad på plats med GPS, hörnen inmätta");
        driver.findElement(By.cssSelector("#editor button[type=submit]")).click();

        waitFor().until(d -> place("malarhojdens-ip").at("/properties/accuracyM").asInt() == 8);
        JsonNode after = place("malarhojdens-ip");
        assertThat(after.at("/properties/digitised").asText()).isEqualTo("Kontrollerad på plats med GPS, hörnen inmätta");
        assertThat(after.at("/properties/source").asText()).isEqualTo(source);
        assertThat(after.at("/properties/approximate").asBoolean()).isFalse();
        waitFor().until(d -> d.findElements(By.cssSelector("#positions-list li[data-id='" + id + "']")).isEmpty());
    }
}
