package se.platslage.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;
import se.platslage.place.Place;
import se.platslage.place.PlaceRepository;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;

/**
 * Synthetic incidents for demos and tests, from the engine's {@link SyntheticIncidentGenerator}: Gaussian
 * clusters (sigma {@value #SIGMA_METERS} m) around the centroid of every stored place with a geometry, plus
 * {@value #BACKGROUND_SHARE} of uniform background in the places' extent grown by
 * {@value #MARGIN_METERS} m, over a fixed period, with a fixed seed: the same request gives the same
 * incidents.
 *
 * <p>They are stored with {@code synthetic = true}, source {@code synthetic-seed-<seed>} and external id
 * = their index, so generating again with the same seed adds nothing. Analyses never mix them with real
 * incidents: they read either real ({@code data=real}, the default) or synthetic ({@code data=synthetic})
 * incidents, and every answer says which.
 */
@Service
public class SyntheticIncidents {

    public static final long DEFAULT_SEED = 20261106L;
    public static final Instant DEFAULT_FROM = Instant.parse("2023-01-01T00:00:00Z");
    public static final Instant DEFAULT_TO = Instant.parse("2026-07-01T00:00:00Z");
    public static final int MAX_COUNT = 200_000;
    static final double SIGMA_METERS = 120;
    static final double BACKGROUND_SHARE = 0.3;
    static final double MARGIN_METERS = 1500;
    static final List<String> TYPES = List.of("Misshandel", "Rån", "Narkotikabrott", "Skadegörelse", "Stöld", "Ofredande");

    private final PlaceRepository places;
    private final IncidentImporter importer;
    private final CurrentActor current;

    SyntheticIncidents(PlaceRepository places, IncidentImporter importer, CurrentActor current) {
        this.places = places;
        this.importer = importer;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public boolean hasPlacesToClusterAround() {
        return places.findAll().stream().anyMatch(p -> p.getGeometry() != null && !p.getGeometry().isEmpty());
    }

    @Transactional
    public ImportReport generate(Integer count, Long seed, Instant from, Instant to) {
        IncidentAccess.requireIncidents(current.get());
        int n = count == null ? 5000 : count;
        if (n < 1 || n > MAX_COUNT) {
            throw new InvalidInputException("count", "must be 1-" + MAX_COUNT);
        }
        long s = seed == null ? DEFAULT_SEED : seed;
        Instant start = from == null ? DEFAULT_FROM : from;
        Instant end = to == null ? DEFAULT_TO : to;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("to", "must be after from");
        }
        List<SyntheticIncidentGenerator.Cluster> clusters = new ArrayList<>();
        Envelope extent = new Envelope();
        for (Place place : places.findAll()) {
            if (place.getGeometry() != null && !place.getGeometry().isEmpty()) {
                Point c = place.getGeometry().getCentroid();
                clusters.add(new SyntheticIncidentGenerator.Cluster(c.getX(), c.getY(), SIGMA_METERS, 1));
                extent.expandToInclude(c.getCoordinate());
            }
        }
        if (clusters.isEmpty()) {
            throw new InvalidInputException("places", "there are no places with a geometry to cluster around");
        }
        extent.expandBy(MARGIN_METERS);
        var settings = new SyntheticIncidentGenerator.Settings(s, extent.getMinX(), extent.getMinY(), extent.getMaxX(),
                extent.getMaxY(), clusters, BACKGROUND_SHARE, start, end, TYPES);
        List<ParsedIncident> rows = new ArrayList<>(n);
        Iterator<Incident> incidents = SyntheticIncidentGenerator.generate(settings, n);
        for (int i = 0; incidents.hasNext(); i++) {
            Incident incident = incidents.next();
            rows.add(new ParsedIncident(i + 1, Integer.toString(i), null, incident.x(), incident.y(), incident.time(), "second",
                    incident.type(), ParsedIncident.POINT, null, "SYNTHETIC: generated, not a real incident"));
        }
        return importer.store(IncidentFormat.SYNTHETIC, "synthetic-seed-" + s, null, true,
                new ReadResult(rows, List.of(), n));
    }
}
