package se.platslage.incident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.platslage.security.SecurityProperties;

/**
 * Demo mode only: seeded synthetic incidents around the real places, so a police user sees hot spots
 * on the first start. They are flagged synthetic everywhere and analyses never mix them with real data;
 * with the fixed seed a second start adds nothing. A police user may delete the batch like any import;
 * the next start then generates it again, since a demo is meant to start with hot spots to show.
 */
@Component
@Order(30)
class DemoSyntheticIncidents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSyntheticIncidents.class);

    private final SecurityProperties security;
    private final SyntheticIncidents synthetic;

    DemoSyntheticIncidents(SecurityProperties security, SyntheticIncidents synthetic) {
        this.security = security;
        this.synthetic = synthetic;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!security.demo()) {
            return;
        }
        if (!synthetic.hasPlacesToClusterAround()) {
            log.info("demo mode: no places with a geometry yet, so no synthetic incidents");
            return;
        }
        ImportReport report = synthetic.generate(null, null, null, null);
        if (report.inserted() > 0) {
            log.warn("demo mode: generated {} SYNTHETIC incidents (seed {}), labelled synthetic in data and UI",
                    report.inserted(), SyntheticIncidents.DEFAULT_SEED);
        }
    }
}
