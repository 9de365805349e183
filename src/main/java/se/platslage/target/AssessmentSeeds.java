package se.platslage.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.security.CurrentActor;
import se.platslage.security.SecurityProperties;

/**
 * On start, after the geodata: the assessments the plans themselves state (geodata/assessments/*.json,
 * marked with their source) and, in demo mode only, invented ones (geodata/demo/assessments.json, every text
 * marked DEMO). Idempotent by each entry's {@code ref}: a second start adds nothing.
 */
@Component
@Order(15)
class AssessmentSeeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentSeeds.class);

    private final Path dir;
    private final boolean loadOnStart;
    private final SecurityProperties security;
    private final ObjectMapper json;
    private final EntityManager em;
    private final TargetAssessmentRepository assessments;
    private final TargetQueries queries;
    private final Clock clock;

    AssessmentSeeds(@Value("${platslage.geodata.dir}") Path dir,
            @Value("${platslage.geodata.load-on-start:true}") boolean loadOnStart, SecurityProperties security,
            ObjectMapper json, EntityManager em, TargetAssessmentRepository assessments, TargetQueries queries,
            Clock clock) {
        this.dir = dir;
        this.loadOnStart = loadOnStart;
        this.security = security;
        this.json = json;
        this.em = em;
        this.assessments = assessments;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!loadOnStart) {
            return;
        }
        int added = 0;
        Path planned = dir.resolve("assessments");
        if (Files.isDirectory(planned)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(planned, "*.json")) {
                for (Path file : files) {
                    added += load(file, false);
                }
            }
        }
        Path demo = dir.resolve("demo/assessments.json");
        if (security.demo() && Files.exists(demo)) {
            int invented = load(demo, true);
            if (invented > 0) {
                log.warn("demo mode: added {} INVENTED target assessments from {}, marked DEMO", invented, demo);
            }
        }
        if (added > 0) {
            log.info("added {} target assessments stated by the plans", added);
        }
    }

    private int load(Path file, boolean demo) throws IOException {
        int added = 0;
        for (JsonNode a : json.readTree(file.toFile()).path("assessments")) {
            String ref = a.path("ref").asText();
            if (assessments.existsBySeedRef(ref)) {
                continue;
            }
            ClassificationTarget target = em.createQuery("select t from ClassificationTarget t"
                    + " where t.place.code = :place and t.kind = :kind", ClassificationTarget.class)
                    .setParameter("place", a.path("place").asText())
                    .setParameter("kind", TargetKind.fromCode(a.path("kind").asText()))
                    .getResultStream().findFirst().orElse(null);
            if (target == null) {
                log.warn("{}: no {} target at place {}; assessment {} skipped", file, a.path("kind").asText(),
                        a.path("place").asText(), ref);
                continue;
            }
            LocalDate from = LocalDate.parse(a.has("date") ? a.get("date").asText() : a.get("from").asText());
            LocalDate to = LocalDate.parse(a.has("date") ? a.get("date").asText() : a.get("to").asText());
            Geometry extent = a.has("extentPlaceBufferM") && target.getPlace() != null
                    ? target.getPlace().getGeometry().buffer(a.get("extentPlaceBufferM").asDouble(), 8) : null;
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : a.path("indicators")) {
                indicators.add(new Indicator(i.path("name").asText(), text(i, "unit"), i.path("value").asDouble(),
                        i.path("restricted").asBoolean(false)));
            }
            if (extent != null) {
                extent.setSRID(target.getPlace().getGeometry().getSRID());
            }
            TargetAssessment assessment = new TargetAssessment(target, from, to, a.path("assessedBy").asText(),
                    AssessedClassification.fromCode(a.path("classification").asText()), extent, text(a, "text"),
                    text(a, "policeNote"), text(a.path("source"), "name"),
                    a.path("source").hasNonNull("date") ? LocalDate.parse(a.path("source").get("date").asText()) : null,
                    indicators, Instant.now(clock), CurrentActor.SYSTEM.username());
            assessment.seeded(ref, demo);
            assessments.saveAndFlush(assessment);
            if (extent != null) {
                assessment.areaFromDatabase(queries.extentArea(assessment.getId()));
            }
            added++;
        }
        return added;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
