package se.platslage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platslage.BothDatabases;
import se.platslage.measure.MeasureRepository;
import se.platslage.place.PlaceRepository;
import se.platslage.plan.PlanRepository;

@BothDatabases
class GeodataLoaderTest {

    @Autowired
    GeodataLoader loader;

    @Autowired
    PlanRepository plans;

    @Autowired
    PlaceRepository places;

    @Autowired
    MeasureRepository measures;

    @Test
    void aSecondLoadAddsNothing() {
        long plansBefore = plans.count();
        long placesBefore = places.count();
        long measuresBefore = measures.count();

        var added = loader.load();

        assertThat(added).containsOnlyKeys("districts", "areas", "places", "plans", "measureGeometries");
        assertThat(added.values()).allMatch(n -> n == 0);
        assertThat(plans.count()).isEqualTo(plansBefore);
        assertThat(plans.existsByCode("hagersten-alvsjo-2024") && plans.existsByCode("hasselby-vallingby-2025")
                && plans.existsByCode("sodermalm-2024")).isTrue();
        assertThat(places.count()).isEqualTo(placesBefore);
        assertThat(measures.count()).isEqualTo(measuresBefore);
    }
}
