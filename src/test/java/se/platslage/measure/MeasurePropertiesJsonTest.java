package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;

/**
 * The police note's three states in JSON, as the maps the properties replaced wrote them: absent for whoever may
 * not see it, null for police when the measure has none, the text otherwise.
 */
class MeasurePropertiesJsonTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void policeNoteIsAbsentForNonPolice() {
        assertThat(write(null).has("policeNote")).isFalse();
    }

    @Test
    void policeNoteIsNullForPoliceWhenThereIsNone() {
        JsonNode written = write(Optional.empty());
        assertThat(written.has("policeNote")).isTrue();
        assertThat(written.get("policeNote").isNull()).isTrue();
    }

    @Test
    void policeNoteIsTheTextForPolice() {
        assertThat(write(Optional.of("Anteckning")).get("policeNote").asText()).isEqualTo("Anteckning");
    }

    @Test
    void actionsAreLeftOutOnlyWhenNotGiven() {
        assertThat(write(null).has("actions")).isFalse();
        assertThat(json.valueToTree(properties(null).withActions(List.of("edit"))).path("actions").get(0).asText())
                .isEqualTo("edit");
    }

    private JsonNode write(Optional<String> policeNote) {
        return json.valueToTree(properties(policeNote));
    }

    private static MeasureProperties properties(Optional<String> policeNote) {
        return new MeasureProperties(1L, "1.1", "Belysning", MeasureCategory.PHYSICAL, null, MeasureStatus.ONGOING,
                "Påbörjad/pågår", false, null, false, null, null, null, policeNote, null, null, null, null, "Torget",
                List.of(2L), 3L, "Otrygghet", null, null, 4L, "plan-2025", 2025, 1, "Centrum", "district", false,
                null, 0, 5L, null);
    }
}
