package se.platslage.walk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.locationtech.jts.geom.Point;
import se.platslage.place.Place;

/**
 * One finding of a walk, recorded on the spot: where (the phone's position with its accuracy, or a tapped
 * point), a checklist rating 0–3 and/or a text. Never changed once written, except for the problem or measure
 * it became ({@link #becameProblem}, {@link #becameMeasure}).
 */
@Entity
@Table(name = "walk_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Walk walk;

    @Column(name = "geom")
    private Point position;

    /** {@code gps} or {@code map}. */
    private String positionSource;

    @Column(name = "accuracy_m")
    private Double accuracyMeters;

    @ManyToOne
    private Place place;

    private String parameter;

    private Integer rating;

    private String note;

    private boolean restricted;

    private Instant observedAt;

    private String idempotencyKey;

    private String recordedBy;

    private Instant recordedAt;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "measure_id")
    private Long measureId;

    protected Observation() {
    }

    Observation(Walk walk, Point position, String positionSource, Double accuracyMeters, Place place,
            String parameter, Integer rating, String note, boolean restricted, Instant observedAt,
            String idempotencyKey, String recordedBy, Instant recordedAt) {
        this.walk = walk;
        this.position = position;
        this.positionSource = positionSource;
        this.accuracyMeters = accuracyMeters;
        this.place = place;
        this.parameter = parameter;
        this.rating = rating;
        this.note = note;
        this.restricted = restricted;
        this.observedAt = observedAt;
        this.idempotencyKey = idempotencyKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void becameProblem(long problem) {
        this.problemId = problem;
    }

    void becameMeasure(long measure) {
        this.measureId = measure;
    }

    public Long getId() {
        return id;
    }

    public Walk getWalk() {
        return walk;
    }

    public Point getPosition() {
        return position;
    }

    public String getPositionSource() {
        return positionSource;
    }

    public Double getAccuracyMeters() {
        return accuracyMeters;
    }

    public Place getPlace() {
        return place;
    }

    public String getParameter() {
        return parameter;
    }

    public Integer getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getProblemId() {
        return problemId;
    }

    public Long getMeasureId() {
        return measureId;
    }
}
