package se.platslage.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.district.Area;
import se.platslage.district.District;
import se.platslage.measure.Measure;
import se.platslage.measure.TimingParser;
import se.platslage.place.Place;
import se.platslage.place.PlaceKind;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanKind;
import se.platslage.plan.PrintedSummaryRow;
import se.platslage.plan.PriorityArea;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.target.ClassificationTarget;
import se.platslage.target.TargetKind;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * Loads geodata/ on start: districts, areas, places, then each plan with its problems, causes, measures,
 * follow-ups and targets, then the measures' own geometries. Idempotent: a record whose code or ref is
 * stored already is skipped, so a second start loads nothing twice. Each plan loads in one transaction.
 */
@Component
@Order(10)
class GeodataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeodataLoader.class);

    private final GeodataProperties properties;
    private final ObjectMapper json;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final Clock clock;

    GeodataLoader(GeodataProperties properties, ObjectMapper json, EntityManager em, TransactionTemplate tx,
            Clock clock) {
        this.properties = properties;
        this.json = json;
        this.em = em;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadOnStart()) {
            load();
        }
    }

    /** Loads what is not stored yet; returns the number of records added per kind. */
    Map<String, Integer> load() {
        long started = System.nanoTime();
        GeodataReader reader = new GeodataReader(json, properties.dir().toAbsolutePath());
        Map<String, Integer> added = new HashMap<>();
        tx.executeWithoutResult(s -> {
            added.put("districts", loadDistricts(reader.features("districts")));
            added.put("areas", loadAreas(reader.features("areas")));
            added.put("places", loadPlaces(reader.features("places")));
        });
        int plans = 0;
        for (JsonNode plan : reader.plans()) {
            Boolean loaded = tx.execute(s -> loadPlan(plan));
            plans += Boolean.TRUE.equals(loaded) ? 1 : 0;
        }
        added.put("plans", plans);
        tx.executeWithoutResult(s -> added.put("measureGeometries", loadMeasureGeometries(reader.features("measures"))));
        log.info("geodata from {}: added {} in {} ms", properties.dir().toAbsolutePath(), added,
                (System.nanoTime() - started) / 1_000_000);
        return added;
    }

    private int loadDistricts(List<GeodataReader.Feature> features) {
        int added = 0;
        for (GeodataReader.Feature f : features) {
            if (find(District.class, "code", f.id()) == null) {
                em.persist(new District(f.id(), f.text("name"), f.text("source"), f.geometry()));
                added++;
            }
        }
        em.flush();
        return added;
    }

    private int loadAreas(List<GeodataReader.Feature> features) {
        int added = 0;
        for (GeodataReader.Feature f : features) {
            if (find(Area.class, "code", f.id()) == null) {
                em.persist(new Area(f.id(), f.text("name"), f.text("kind"), district(f.text("district"), f),
                        f.text("digitised"), f.text("source"), f.geometry()));
                added++;
            }
        }
        return added;
    }

    private int loadPlaces(List<GeodataReader.Feature> features) {
        int added = 0;
        for (GeodataReader.Feature f : features) {
            if (find(Place.class, "code", f.id()) == null) {
                Place place = new Place(f.id(), f.text("name"), PlaceKind.fromCode(f.text("kind")),
                        district(f.text("district"), f), f.geometry());
                place.provenance(f.text("digitised"),
                        f.properties().hasNonNull("accuracyM") ? f.properties().get("accuracyM").asInt() : null,
                        f.text("source"));
                if (f.properties().path("aliases").isArray() && !f.properties().get("aliases").isEmpty()) {
                    place.setAliases(String.join("|", json.convertValue(f.properties().get("aliases"), String[].class)));
                }
                em.persist(place);
                added++;
            }
        }
        return added;
    }

    private boolean loadPlan(JsonNode p) {
        String code = p.path("id").asText();
        if (find(Plan.class, "code", code) != null) {
            return false;
        }
        Plan plan = new Plan(code, district(p.path("district").asText(), code), p.path("year").asInt(),
                PlanKind.fromCode(p.path("kind").asText()), p.path("title").asText(),
                text(p, "sourceDocument"), date(p, "adopted"));
        em.persist(plan);
        for (JsonNode row : p.path("summaryAsPrinted")) {
            plan.getPrintedSummary().add(new PrintedSummaryRow(row.path("area").asInt(), row.path("problems").asInt(),
                    row.path("causes").asInt(), row.path("measures").asInt()));
        }
        for (JsonNode a : p.path("priorityAreas")) {
            PriorityArea area = new PriorityArea(plan, a.path("number").asInt(), a.path("name").asText());
            em.persist(area);
            plan.getPriorityAreas().add(area);
            int position = 0;
            for (JsonNode pr : a.path("problems")) {
                loadProblem(plan, area, pr, ++position);
            }
        }
        for (JsonNode t : p.path("targets")) {
            em.persist(new ClassificationTarget(TargetKind.fromCode(t.path("kind").asText()),
                    t.hasNonNull("place") ? place(t.get("place").asText(), code) : null,
                    t.hasNonNull("area") ? area(t.get("area").asText(), code) : null,
                    plan, date(t, "since"), t.hasNonNull("targetYear") ? t.get("targetYear").asInt() : null,
                    text(t, "notes")));
        }
        log.info("loaded plan {}", code);
        return true;
    }

    private void loadProblem(Plan plan, PriorityArea area, JsonNode pr, int position) {
        String ref = pr.path("ref").asText();
        Problem problem = new Problem(ref, area, position);
        Set<Place> places = places(pr.path("places"), ref);
        problem.describe(area, pr.path("description").asText(), text(pr, "targetGroup"), text(pr, "timePattern"),
                places);
        List<JsonNode> causes = json.convertValue(pr.path("causes"), json.getTypeFactory()
                .constructCollectionType(List.class, JsonNode.class));
        for (JsonNode c : causes) {
            problem.addCause(c.path("description").asText());
        }
        em.persist(problem);
        int measurePosition = 0;
        for (int i = 0; i < causes.size(); i++) {
            Cause cause = problem.getCauses().get(i);
            for (JsonNode m : causes.get(i).path("measures")) {
                loadMeasure(plan, problem, cause, m, ++measurePosition);
            }
        }
    }

    private void loadMeasure(Plan plan, Problem problem, Cause cause, JsonNode m, int position) {
        String ref = m.path("ref").asText();
        Measure measure = new Measure(ref, problem, position);
        MeasureCategory category = MeasureCategory.fromCode(m.path("category").asText());
        Set<Place> places = m.path("places").isArray() && !m.get("places").isEmpty()
                ? places(m.get("places"), ref) : new LinkedHashSet<>(problem.getPlaces());
        measure.describe(cause, m.path("description").asText(), category,
                m.hasNonNull("type") && category == MeasureCategory.PHYSICAL ? PhysicalType.fromCode(m.get("type").asText()) : null,
                text(m, "operationalGoal"), TimingParser.parse(text(m, "timing"), plan.getYear()),
                text(m, "responsible"), places);
        Instant now = Instant.now(clock);
        for (JsonNode f : m.path("followUps")) {
            LocalDate date = date(f, "date");
            measure.addFollowUp(date == null ? LocalDate.of(plan.getYear(), 12, 31) : date,
                    MeasureStatus.fromCode(f.path("status").asText()), text(f, "statusAsWritten"), text(f, "text"),
                    now, "geodata", false);
        }
        em.persist(measure);
    }

    private int loadMeasureGeometries(List<GeodataReader.Feature> features) {
        int added = 0;
        for (GeodataReader.Feature f : features) {
            Measure measure = find(Measure.class, "ref", f.text("measure"));
            if (measure == null) {
                throw new GeodataException(f.file() + " feature " + f.id() + ": no measure with ref "
                        + f.text("measure"));
            }
            if (measure.getGeometry() == null) {
                measure.locate(f.geometry(), f.text("digitised"));
                added++;
            }
        }
        return added;
    }

    private Set<Place> places(JsonNode ids, String where) {
        Set<Place> places = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            places.add(place(id.asText(), where));
        }
        return places;
    }

    private Place place(String code, String where) {
        return required(Place.class, code, where, "place");
    }

    private Area area(String code, String where) {
        return required(Area.class, code, where, "area");
    }

    private District district(String code, Object where) {
        return required(District.class, code, where instanceof GeodataReader.Feature f ? f.file() + " " + f.id()
                : String.valueOf(where), "district");
    }

    private <T> T required(Class<T> type, String code, String where, String what) {
        T found = find(type, "code", code);
        if (found == null) {
            throw new GeodataException(where + ": unknown " + what + " '" + code + "'");
        }
        return found;
    }

    private <T> T find(Class<T> type, String attribute, String value) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :v", type)
                .setParameter("v", value).getResultStream().findFirst().orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
