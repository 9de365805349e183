package se.platslage.incident;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.platslage.security.Actor;
import se.platslage.security.CapabilitySource;

/** What {@link IncidentAccess} lets a role do with incidents, for {@code /api/me}. */
@Component
class IncidentCapabilities implements CapabilitySource {

    /** Incident-level data: lists, monthly counts at a place, the hour/weekday profile. */
    static final String READ_INCIDENTS = "readIncidents";
    /** Incident files in, synthetic data generated, imports deleted. */
    static final String IMPORT_INCIDENTS = "importIncidents";
    /** Hot spots, coverage, density and evaluation totals. */
    static final String READ_AGGREGATES = "readIncidentAggregates";

    @Override
    public Set<String> capabilities(Actor actor) {
        Set<String> granted = new LinkedHashSet<>();
        if (IncidentAccess.seesIncidents(actor)) {
            granted.add(READ_INCIDENTS);
            granted.add(IMPORT_INCIDENTS);
        }
        if (IncidentAccess.seesAggregates(actor)) {
            granted.add(READ_AGGREGATES);
        }
        return granted;
    }
}
