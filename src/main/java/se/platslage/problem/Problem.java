package se.platslage.problem;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.platslage.district.Area;
import se.platslage.place.Place;
import se.platslage.plan.PriorityArea;
import se.platslage.system.EditableRecord;

/**
 * An identified problem (problem/utmaning) in a priority area of a plan, with its causes (orsaker) from the
 * causal analysis. Bound to places where the plan names them; not every problem is place-bound.
 */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
public class Problem extends EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_seq")
    @SequenceGenerator(name = "problem_seq", sequenceName = "problem_seq", allocationSize = 50)
    private Long id;

    /** Stable id from geodata ("hv25-2-01"); null for problems created through the API. */
    private String ref;

    @ManyToOne(optional = false)
    private PriorityArea priorityArea;

    private int position;
    private String description;
    private String targetGroup;
    private String timePattern;

    /** Police-only operational note (see security.Actor#seesPoliceFields). */
    private String policeNote;

    @ManyToMany
    @JoinTable(name = "problem_place", joinColumns = @JoinColumn(name = "problem_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderBy("name")
    private Set<Place> places = new LinkedHashSet<>();

    /**
     * The platssamverkan area the plan places the problem at, if any (the plans name no place for those). Its
     * own select (batched, once per area per session), not a join: the area polygon was read and decoded again
     * for every problem of a page of measures (issue 16).
     */
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @ManyToOne
    private Area area;

    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Cause> causes = new ArrayList<>();


    protected Problem() {
    }

    public Problem(String ref, PriorityArea priorityArea, int position) {
        this.ref = ref;
        this.priorityArea = priorityArea;
        this.position = position;
    }

    public void describe(PriorityArea priorityArea, String description, String targetGroup, String timePattern,
            Set<Place> places) {
        this.priorityArea = priorityArea;
        this.description = description;
        this.targetGroup = targetGroup;
        this.timePattern = timePattern;
        this.places.clear();
        this.places.addAll(places);
    }

    public Cause addCause(String description) {
        Cause cause = new Cause(this, causes.size() + 1, description);
        causes.add(cause);
        return cause;
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public PriorityArea getPriorityArea() {
        return priorityArea;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getTimePattern() {
        return timePattern;
    }

    public Area getArea() {
        return area;
    }

    public void placeAt(Area area) {
        this.area = area;
    }

    public Set<Place> getPlaces() {
        return places;
    }

    public List<Cause> getCauses() {
        return causes;
    }

    public String getPoliceNote() {
        return policeNote;
    }

    public void setPoliceNote(String policeNote) {
        this.policeNote = policeNote;
    }
}
