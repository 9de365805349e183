package se.platslage.planfile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The three real plans of geodata/plans in the neutral structure. */
final class RealPlans {

    static final List<String> IDS = List.of("hagersten-alvsjo-2024", "hasselby-vallingby-2025", "sodermalm-2024");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private RealPlans() {
    }

    static ActionPlan load(String id) {
        try {
            return JSON.readValue(Path.of("geodata/plans", id + ".json").toFile(), ActionPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
