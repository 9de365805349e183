package se.platslage.target;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import se.platslage.district.Area;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.system.EditableRecord;

/**
 * A police classification of a place or area and the plan's target for it: "Mål: Hässelby torg ska inte
 * vara en ÖDS 2030". {@code since} is when the classification began (or ended, as the notes say).
 */
@Entity
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
public class ClassificationTarget extends EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    @ManyToOne
    private Place place;

    @ManyToOne
    private Area area;

    @ManyToOne
    private Plan plan;

    private LocalDate since;
    private Integer targetYear;
    private String notes;

    /** Incident types whose monthly counts make the trend, '|'-separated; null: the kind's default. */
    private String incidentTypes;


    protected ClassificationTarget() {
    }

    public ClassificationTarget(TargetKind kind, Place place, Area area, Plan plan, LocalDate since,
            Integer targetYear, String notes) {
        this.kind = kind;
        this.place = place;
        this.area = area;
        this.plan = plan;
        this.since = since;
        this.targetYear = targetYear;
        this.notes = notes;
    }

    public void set(TargetKind kind, Place place, Area area, Plan plan, LocalDate since, Integer targetYear,
            String notes) {
        this.kind = kind;
        this.place = place;
        this.area = area;
        this.plan = plan;
        this.since = since;
        this.targetYear = targetYear;
        this.notes = notes;
    }

    public String districtCode() {
        return place != null ? place.getDistrict().getCode() : area.getDistrict().getCode();
    }

    /** Years from {@code year} to the target year (0 in the target year itself), null without a target year. */
    public Integer yearsLeft(int year) {
        return targetYear == null ? null : targetYear - year;
    }

    public String targetName() {
        return place != null ? place.getName() : area.getName();
    }

    public Geometry geometry() {
        return place != null ? place.getGeometry() : area.getGeometry();
    }

    public Long getId() {
        return id;
    }

    public TargetKind getKind() {
        return kind;
    }

    public Place getPlace() {
        return place;
    }

    public Area getArea() {
        return area;
    }

    public Plan getPlan() {
        return plan;
    }

    public LocalDate getSince() {
        return since;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    /** The incident types chosen for this target, or an empty list for the kind's default. */
    public java.util.List<String> getIncidentTypes() {
        return incidentTypes == null || incidentTypes.isBlank() ? java.util.List.of()
                : java.util.List.of(incidentTypes.split("\\|"));
    }

    public void setIncidentTypes(java.util.List<String> types) {
        this.incidentTypes = types == null || types.isEmpty() ? null : String.join("|", types);
    }

    public String getNotes() {
        return notes;
    }
}
