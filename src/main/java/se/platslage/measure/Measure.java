package se.platslage.measure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import se.platslage.place.Place;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.system.EditableRecord;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * A measure (åtgärd) against a cause of a problem: who does what, when, towards which operational goal.
 * Its status is that of its latest follow-up; follow-ups are only ever appended.
 */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
public class Measure extends EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    private Long id;

    /** Stable id from geodata ("hv25-2-01-a"); null for measures created through the API. */
    private String ref;

    @ManyToOne(optional = false)
    private Problem problem;

    @ManyToOne
    private Cause cause;

    private int position;
    private String description;

    @Enumerated(EnumType.STRING)
    private MeasureCategory category;

    @Enumerated(EnumType.STRING)
    private PhysicalType physicalType;

    private String operationalGoal;

    @Embedded
    private Timing timing = Timing.NONE;

    /** The responsible role or organisation as written ("Parkingenjör", "Lpo Vällingby"). */
    private String responsible;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status = MeasureStatus.PLANNED;

    /** The measure's own geometry (the lamp posts, the cleared strip), if it has one; EPSG:3006. */
    @Column(name = "geom")
    private Geometry geometry;

    @Column(name = "geom_digitised")
    private String geometryDigitised;

    /** Police-only operational note (see security.Actor#seesPoliceFields). */
    private String policeNote;

    /** The account the work is assigned to, beyond the role named in "Vem". */
    private String assignee;

    /** How far the work has come, reported by whoever carries it out. */
    private Integer progressPercent;
    private String progressNote;

    @ManyToMany
    @JoinTable(name = "measure_place", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderBy("name")
    private Set<Place> places = new LinkedHashSet<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL)
    @OrderBy("date, id")
    private List<FollowUp> followUps = new ArrayList<>();


    protected Measure() {
    }

    public Measure(String ref, Problem problem, int position) {
        this.ref = ref;
        this.problem = problem;
        this.position = position;
    }

    public void describe(Cause cause, String description, MeasureCategory category, PhysicalType physicalType,
            String operationalGoal, Timing timing, String responsible, Set<Place> places) {
        this.cause = cause;
        this.description = description;
        this.category = category;
        this.physicalType = category == MeasureCategory.PHYSICAL ? physicalType : null;
        this.operationalGoal = operationalGoal;
        this.timing = timing;
        this.responsible = responsible;
        this.places.clear();
        this.places.addAll(places);
    }

    public void locate(Geometry geometry, String digitised) {
        this.geometry = geometry;
        this.geometryDigitised = digitised;
    }

    /**
     * Appends a follow-up. The current status becomes that of the latest follow-up by meeting date (then by
     * order of entry), so a late-entered older meeting does not overwrite a newer status.
     */
    public FollowUp addFollowUp(LocalDate date, MeasureStatus status, String statusAsWritten, String note,
            Instant recordedAt, String recordedBy, boolean restricted) {
        FollowUp followUp = new FollowUp(this, date, status, statusAsWritten, note, recordedAt, recordedBy,
                restricted);
        followUps.add(followUp);
        this.status = followUps.stream()
                .reduce((latest, next) -> next.getDate().isBefore(latest.getDate()) ? latest : next)
                .map(FollowUp::getStatus)
                .orElse(MeasureStatus.PLANNED);
        return followUp;
    }

    /** Past its end date and still not done (nor removed from the plan). */
    public boolean isOverdue(LocalDate today) {
        return isOverdue(getTiming().end(), status, today);
    }

    /** The same rule for a measure read as a row of the map layer (no entity loaded). */
    static boolean isOverdue(LocalDate end, MeasureStatus status, LocalDate today) {
        return end != null && end.isBefore(today) && !status.isClosed();
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public Problem getProblem() {
        return problem;
    }

    public Cause getCause() {
        return cause;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public MeasureCategory getCategory() {
        return category;
    }

    public PhysicalType getPhysicalType() {
        return physicalType;
    }

    public String getOperationalGoal() {
        return operationalGoal;
    }

    public Timing getTiming() {
        // Hibernate loads an embeddable whose columns are all null as null.
        return timing == null ? Timing.NONE : timing;
    }

    public String getResponsible() {
        return responsible;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public Geometry getGeometry() {
        return geometry;
    }

    public String getGeometryDigitised() {
        return geometryDigitised;
    }

    public Set<Place> getPlaces() {
        return places;
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }

    public String getPoliceNote() {
        return policeNote;
    }

    public void setPoliceNote(String policeNote) {
        this.policeNote = policeNote;
    }

    public String getAssignee() {
        return assignee;
    }

    public void assignTo(String assignee) {
        this.assignee = assignee;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public void reportProgress(Integer percent, String note) {
        this.progressPercent = percent;
        this.progressNote = note;
    }
}
