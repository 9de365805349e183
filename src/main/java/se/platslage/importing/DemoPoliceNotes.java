package se.platslage.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.measure.Measure;
import se.platslage.security.SecurityProperties;

/**
 * Demo mode only: invented police-only notes on the police measures at Hässelby torg and
 * Maltesholmstorget (geodata/demo/police-notes.json), so the restricted-field rules can be seen and tested.
 * They are not from the plans and say so. Runs after the geodata is loaded; fills only empty notes.
 */
@Component
@Order(20)
class DemoPoliceNotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoliceNotes.class);

    private final SecurityProperties security;
    private final GeodataProperties geodata;
    private final ObjectMapper json;
    private final EntityManager em;

    DemoPoliceNotes(SecurityProperties security, GeodataProperties geodata, ObjectMapper json, EntityManager em) {
        this.security = security;
        this.geodata = geodata;
        this.json = json;
        this.em = em;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Path file = geodata.dir().resolve("demo/police-notes.json");
        if (!security.demo() || !Files.exists(file)) {
            return;
        }
        int added = 0;
        for (JsonNode note : json.readTree(file.toFile()).path("notes")) {
            Measure measure = em.createQuery("select m from Measure m where m.ref = :ref", Measure.class)
                    .setParameter("ref", note.path("measure").asText()).getResultStream().findFirst().orElse(null);
            if (measure != null && measure.getPoliceNote() == null) {
                measure.setPoliceNote(note.path("policeNote").asText());
                added++;
            }
        }
        if (added > 0) {
            log.warn("demo mode: added {} invented police-only notes from {}", added, file);
        }
    }
}
