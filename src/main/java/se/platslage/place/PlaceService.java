package se.platslage.place;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.district.District;
import se.platslage.district.DistrictRepository;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.geo.GeoJsonGeometry;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.security.Permissions;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Page;
import se.platslage.system.Versions;

@Service
public class PlaceService {

    static final String AUDIT_TYPE = "place";

    private final PlaceRepository places;
    private final PlaceQueries queries;
    private final DistrictRepository districts;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final List<PlaceReferrer> referrers;

    PlaceService(PlaceRepository places, PlaceQueries queries, DistrictRepository districts, CurrentActor current,
            AuditLog audit, Clock clock, List<PlaceReferrer> referrers) {
        this.referrers = referrers;
        this.places = places;
        this.queries = queries;
        this.districts = districts;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FeatureCollection<PlaceProperties> list(ListFilter filter, Page page) {
        PlaceQueries.Result result = queries.find(filter, page);
        Actor actor = current.get();
        return FeatureCollection.of(result.places().stream().map(p -> feature(p, actor)).toList(), result.total(),
                page);
    }

    @Transactional(readOnly = true)
    public Feature<PlaceProperties> get(long id) {
        return feature(find(id), current.get());
    }

    @Transactional
    public Feature<PlaceProperties> create(PlaceRequest request) {
        Place place = new Place(null, null, null, null, null);
        apply(place, request);
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, place.getId(), AuditLog.Action.CREATE, null, snapshot(place));
        return feature(place, current.get());
    }

    @Transactional
    public Feature<PlaceProperties> update(long id, PlaceRequest request, String ifMatch) {
        Place place = find(id);
        PlacePolicy.POLICY.require(current.get(), place, Action.EDIT);
        Versions.check(Versions.required(ifMatch, request.properties().version()), place.getVersion(), "place", id);
        PlaceSnapshot before = snapshot(place);
        apply(place, request);
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.UPDATE, before, snapshot(place));
        return feature(place, current.get());
    }

    /** Soft-deletes a place no plan refers to; a place named by a problem, measure or target stays. */
    @Transactional
    public void delete(long id) {
        Place place = find(id);
        Actor actor = current.get();
        PlacePolicy.POLICY.require(actor, place, Action.DELETE);
        if (referrers.stream().anyMatch(r -> r.refersTo(place))) {
            throw new ConflictException("place " + id + " is named by problems, measures or targets; "
                    + "remove it from them first");
        }
        PlaceSnapshot before = snapshot(place);
        place.markDeleted(actor.username(), Instant.now(clock));
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.DELETE, before, null);
    }

    private void apply(Place place, PlaceRequest request) {
        PlaceRequest.Properties p = request.properties();
        Geometry geometry = request.geometry() == null || request.geometry().isNull() ? null
                : GeometryRules.toStored(GeoJsonGeometries.read(request.geometry(), "geometry"), "geometry",
                        p.kind().geometryTypes());
        District district = district(p.district(), geometry);
        Permissions.requireDistrict(current.get(), district.getCode());
        place.describe(p.name().trim(), p.kind(), district, geometry);
        place.provenance(p.digitised(), p.accuracyM(), p.source());
    }

    private District district(String code, Geometry geometry) {
        if (code == null || code.isBlank()) {
            if (geometry == null) {
                throw new InvalidInputException("properties.district",
                        "is required for a place without geometry");
            }
            List<District> containing = districts.findContaining(geometry.getInteriorPoint());
            if (containing.isEmpty()) {
                throw new InvalidInputException("geometry", "the place lies in none of the districts; "
                        + "name its district in properties.district");
            }
            return containing.get(0);
        }
        District district = districts.findByCode(code.trim())
                .orElseThrow(() -> new InvalidInputException("properties.district", "unknown district '" + code
                        + "'"));
        if (geometry != null && !district.getGeometry().intersects(geometry)) {
            throw new InvalidInputException("geometry", "the geometry lies outside district " + district.getName());
        }
        return district;
    }

    private Place find(long id) {
        return places.findById(id).filter(p -> !p.isDeleted()).orElseThrow(() -> new NotFoundException("place", id));
    }

    /** The place as its caller sees it, with the actions the caller may take. */
    static Feature<PlaceProperties> feature(Place place, Actor caller) {
        return new Feature<>(place.getId(), GeoJsonGeometry.ofSweref(place.getGeometry()),
                PlaceProperties.of(place).withActions(PlacePolicy.POLICY.actions(caller, place)));
    }

    /** What the audit trail keeps: the properties and the geometry as WKT in EPSG:3006. */
    static PlaceSnapshot snapshot(Place place) {
        return PlaceSnapshot.of(place);
    }
}
