package se.platslage.hotspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.incident.IncidentAccess;
import se.platslage.district.DistrictOutlines;
import se.platslage.incident.IncidentParams;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;

/**
 * Hot spots, kernel density and coverage as GeoJSON for the map and for scripts. Aggregates of police data:
 * polis and admin see everything, strateg the aggregated form (see {@link IncidentAccess}), others nothing.
 * Query parameters: the incident selection ({@link IncidentParams}) and the grid ({@link GridParams}). A
 * {@code district} is the study area: its incidents only, and only grid cells that intersect its polygon.
 */
@RestController
@RequestMapping(path = "/api/analysis", produces = {"application/geo+json", "application/json"})
class AnalysisController {

    private final HotSpotService hotSpots;
    private final EmergingService emerging;
    private final DensityService density;
    private final CoverageService coverage;
    private final CurrentActor current;
    private final AnalysisProperties limits;
    private final DistrictOutlines districts;

    AnalysisController(HotSpotService hotSpots, EmergingService emerging, DensityService density, CoverageService coverage, CurrentActor current,
            AnalysisProperties limits, DistrictOutlines districts) {
        this.districts = districts;
        this.hotSpots = hotSpots;
        this.emerging = emerging;
        this.density = density;
        this.coverage = coverage;
        this.current = current;
        this.limits = limits;
    }

    /**
     * Gi* hot and cold spots per grid cell: count, z, p, FDR-adjusted p, class; parameters echoed.
     * {@code format=geojson} (default) gives the cells as WGS84 polygons, {@code format=cells} the compact
     * form the map uses (the grid once, then indices and values per cell; see {@link HotSpotFeatures#cells}).
     */
    @GetMapping("/hotspots")
    Map<String, Object> hotSpots(HttpServletRequest request, @RequestParam(required = false) String format) {
        Actor actor = allowed();
        boolean compact = "cells".equalsIgnoreCase(format);
        if (format != null && !format.isBlank() && !compact && !"geojson".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "unknown value '" + format + "'; expected geojson or cells");
        }
        HotSpotRun run = hotSpots.run(IncidentParams.of(request, districts), GridParams.of(request, actor, limits));
        return compact ? HotSpotFeatures.cells(run, actor) : HotSpotFeatures.collection(run, actor);
    }

    /**
     * Emerging hot spots: Gi* per cell and time step, the Mann–Kendall trend per cell and its ArcGIS category.
     * The grid as hot spots ({@link GridParams}; cellSize defaults to 200 m), the time as {@link EmergingParams}.
     */
    @GetMapping("/emerging")
    Map<String, Object> emerging(HttpServletRequest request) {
        Actor actor = allowed();
        EmergingRun run = emerging.run(IncidentParams.of(request, districts), GridParams.of(request, actor, limits),
                EmergingParams.of(request));
        return EmergingFeatures.collection(run, actor);
    }

    /** Kernel density for the heat view: {@code pixelSize}, {@code bandwidth} (metres), {@code format}. */
    @GetMapping("/density")
    Map<String, Object> density(HttpServletRequest request, @RequestParam(required = false) String pixelSize,
            @RequestParam(required = false) String bandwidth, @RequestParam(required = false) String format) {
        Actor actor = allowed();
        return density.density(IncidentParams.of(request, districts), pixelSize, bandwidth, format, actor);
    }

    /** Hot cells with no physical or police measure within {@code distance} metres; measures outside any hot spot. */
    @GetMapping("/coverage")
    Map<String, Object> coverage(HttpServletRequest request, @RequestParam(required = false) String distance) {
        Actor actor = allowed();
        return coverage.coverage(IncidentParams.of(request, districts), GridParams.of(request, actor, limits), distance, actor);
    }

    private Actor allowed() {
        Actor actor = current.get();
        IncidentAccess.requireAggregates(actor);
        return actor;
    }
}
