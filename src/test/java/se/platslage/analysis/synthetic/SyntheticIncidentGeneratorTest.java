package se.platslage.analysis.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.incident.Incident;

class SyntheticIncidentGeneratorTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");

    // Sergels torg and Medborgarplatsen, roughly, in SWEREF 99 TM
    private static SyntheticIncidentGenerator.Settings settings(long seed) {
        return new SyntheticIncidentGenerator.Settings(seed, 670000, 6575000, 680000, 6585000,
                List.of(new SyntheticIncidentGenerator.Cluster(674300, 6580800, 150, 2),
                        new SyntheticIncidentGenerator.Cluster(674500, 6578300, 100, 1)),
                0.2, FROM, TO, List.of("assault", "theft"));
    }

    private static List<Incident> take(SyntheticIncidentGenerator.Settings settings, int n) {
        List<Incident> list = new ArrayList<>();
        SyntheticIncidentGenerator.generate(settings, n).forEachRemaining(list::add);
        return list;
    }

    @Test
    void sameSeedSameIncidents() {
        assertEquals(take(settings(1), 500), take(settings(1), 500));
        assertTrue(!take(settings(1), 50).equals(take(settings(2), 50)));
    }

    @Test
    void everyIncidentIsFlaggedSyntheticAndLiesInTheBoxAndPeriod() {
        for (Incident incident : take(settings(3), 5000)) {
            assertTrue(incident.synthetic());
            assertTrue(incident.x() >= 670000 && incident.x() < 680000);
            assertTrue(incident.y() >= 6575000 && incident.y() < 6585000);
            assertTrue(!incident.time().isBefore(FROM) && incident.time().isBefore(TO));
        }
    }

    @Test
    void aboutFourFifthsGatherWithinThreeSigmaOfTheClusters() {
        // 80 % from clusters, of which 98.9 % fall within 3 sigma; the background adds ~0.3 %
        int near = 0;
        int n = 20_000;
        for (Iterator<Incident> it = SyntheticIncidentGenerator.generate(settings(4), n); it.hasNext(); ) {
            Incident i = it.next();
            if (Math.hypot(i.x() - 674300, i.y() - 6580800) <= 450 || Math.hypot(i.x() - 674500, i.y() - 6578300) <= 300) {
                near++;
            }
        }
        assertEquals(0.79, near / (double) n, 0.02);
    }
}
