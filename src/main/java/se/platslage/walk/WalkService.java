package se.platslage.walk;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.district.District;
import se.platslage.district.DistrictRepository;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.geo.Sweref;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.security.Permissions;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Versions;

/** Planning, reading and removing safety walks; every write checked by {@link WalkPolicy} first. */
@Service
public class WalkService {

    static final String AUDIT_TYPE = "walk";
    private static final Set<String> ROUTE_TYPES = Set.of("LineString", "MultiLineString");

    private final WalkRepository walks;
    private final ObservationRepository observations;
    private final DistrictRepository districts;
    private final WalkChecklists checklists;
    private final PlaceLookup places;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    WalkService(WalkRepository walks, ObservationRepository observations, DistrictRepository districts,
            WalkChecklists checklists, PlaceLookup places, CurrentActor current, AuditLog audit, Clock clock) {
        this.walks = walks;
        this.observations = observations;
        this.districts = districts;
        this.checklists = checklists;
        this.places = places;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> list(String district) {
        Actor actor = current.get();
        return walks.findInDistrict(district == null || district.isBlank() ? null : district).stream()
                .map(w -> json(w, actor)).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(long id) {
        return json(find(id), current.get());
    }

    @Transactional
    public Map<String, Object> create(WalkRequest request) {
        Actor actor = current.get();
        District district = districts.findByCode(request.district())
                .orElseThrow(() -> new InvalidInputException("district", "district " + request.district() + " does not exist"));
        // Authorization before validation: a strateg of another district learns nothing about the body.
        Permissions.requireDistrict(actor, district.getCode());
        Walk walk = new Walk(district, checklists.write(checklists.items(district)), actor.username(), Instant.now(clock));
        apply(walk, request);
        walks.saveAndFlush(walk);
        audit.record(AUDIT_TYPE, walk.getId(), AuditLog.Action.CREATE, null, snapshot(walk));
        return json(walk, actor);
    }

    @Transactional
    public Map<String, Object> update(long id, WalkRequest request, String ifMatch) {
        Walk walk = find(id);
        Actor actor = current.get();
        WalkPolicy.POLICY.require(actor, walk, Action.EDIT);
        Versions.check(Versions.required(ifMatch, request.version()), walk.getVersion(), "walk", id);
        if (!walk.getDistrict().getCode().equals(request.district())) {
            throw new InvalidInputException("district", "a walk cannot move to another district");
        }
        Map<String, Object> before = snapshot(walk);
        apply(walk, request);
        walks.saveAndFlush(walk);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.UPDATE, before, snapshot(walk));
        return json(walk, actor);
    }

    @Transactional
    public void delete(long id) {
        Walk walk = find(id);
        Actor actor = current.get();
        WalkPolicy.POLICY.require(actor, walk, Action.DELETE);
        Map<String, Object> before = snapshot(walk);
        walk.markDeleted(actor.username(), Instant.now(clock));
        walks.saveAndFlush(walk);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.DELETE, before, null);
    }

    Walk find(long id) {
        return walks.findById(id).filter(w -> !w.isDeleted()).orElseThrow(() -> new NotFoundException("walk", id));
    }

    List<ChecklistItem> checklist(Walk walk) {
        return checklists.read(walk.getChecklistJson());
    }

    private void apply(Walk walk, WalkRequest r) {
        Geometry route = r.route() == null || r.route().isNull() ? null
                : GeometryRules.toStored(GeoJsonGeometries.read(r.route(), "route"), "route", ROUTE_TYPES);
        Set<Place> walkPlaces = r.places() == null ? Set.of() : places.require(r.places(), "places");
        walk.plan(r.title().trim(), r.startsAt().toInstant(), blankToNull(r.participants()), route, walkPlaces);
    }

    Map<String, Object> json(Walk w, Actor actor) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.getId());
        json.put("district", w.getDistrict().getCode());
        json.put("districtName", w.getDistrict().getName());
        json.put("title", w.getTitle());
        json.put("startsAt", w.getStartsAt());
        json.put("participants", w.getParticipants());
        json.put("places", w.getPlaces().stream().map(p -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("id", p.getId());
            place.put("name", p.getName());
            place.put("geometry", p.getGeometry() == null ? null : GeoJsonGeometries.write(Sweref.toWgs84(p.getGeometry())));
            return place;
        }).toList());
        json.put("route", w.getRoute() == null ? null : GeoJsonGeometries.write(Sweref.toWgs84(w.getRoute())));
        json.put("checklist", checklist(w));
        json.put("observationCount", observations.countByWalk(w));
        json.put("createdBy", w.getCreatedBy());
        json.put("createdAt", w.getCreatedAt());
        json.put("version", w.getVersion());
        json.put("actions", WalkPolicy.POLICY.actions(actor, w));
        return json;
    }

    private Map<String, Object> snapshot(Walk w) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("district", w.getDistrict().getCode());
        snapshot.put("title", w.getTitle());
        snapshot.put("startsAt", w.getStartsAt());
        snapshot.put("participants", w.getParticipants());
        snapshot.put("places", w.getPlaces().stream().map(Place::getId).toList());
        snapshot.put("route", w.getRoute() == null ? null : w.getRoute().toText());
        return snapshot;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
