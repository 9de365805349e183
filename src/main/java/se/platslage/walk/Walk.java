package se.platslage.walk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import se.platslage.district.District;
import se.platslage.place.Place;
import se.platslage.system.EditableRecord;

/** A safety walk (trygghetsvandring): when, where, who took part, and the checklist it rates places by. */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
public class Walk extends EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private District district;

    private String title;

    private Instant startsAt;

    private String participants;

    /** The checklist as it was when the walk was planned (JSON list of {@link ChecklistItem}). */
    private String checklistJson;

    /** The planned route, SWEREF 99 TM. */
    private Geometry route;

    @ManyToMany
    @JoinTable(name = "walk_place", joinColumns = @JoinColumn(name = "walk_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderBy("name")
    private Set<Place> places = new LinkedHashSet<>();

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    protected Walk() {
    }

    Walk(District district, String checklistJson, String createdBy, Instant createdAt) {
        this.district = district;
        this.checklistJson = checklistJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void plan(String title, Instant startsAt, String participants, Geometry route, Set<Place> places) {
        this.title = title;
        this.startsAt = startsAt;
        this.participants = participants;
        this.route = route;
        this.places.clear();
        this.places.addAll(places);
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getParticipants() {
        return participants;
    }

    String getChecklistJson() {
        return checklistJson;
    }

    public Geometry getRoute() {
        return route;
    }

    public Set<Place> getPlaces() {
        return places;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
