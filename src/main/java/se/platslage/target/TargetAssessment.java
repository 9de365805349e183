package se.platslage.target;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A dated assessment of a target (bedömning): what the police classified the place as then, the extent of
 * the scene as drawn, the indicators observed, and where it was written down. Never changed once written:
 * the target's history is the list of its assessments.
 */
@Entity
public class TargetAssessment {

    /** Who the assessment speaks for: the police's classification, or the plan's own goal (strateg). */
    public enum Basis { POLICE, PLAN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private ClassificationTarget target;

    @Enumerated(EnumType.STRING)
    private Basis basis;

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String assessedBy;

    @Enumerated(EnumType.STRING)
    private AssessedClassification classification;

    /** The scene's extent as drawn, SWEREF 99 TM; null when the assessor drew none. */
    private Geometry extent;

    /** ST_Area of the extent in m², set by the database after the row is written. */
    @Column(name = "extent_area_m2")
    private Double extentAreaM2;

    private String text;
    private String policeNote;
    private String sourceName;
    private LocalDate sourceDate;
    private String seedRef;
    private boolean demo;
    private Instant recordedAt;
    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "target_assessment_indicator", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    protected TargetAssessment() {
    }

    TargetAssessment(ClassificationTarget target, LocalDate periodStart, LocalDate periodEnd, String assessedBy,
            AssessedClassification classification, Geometry extent, String text, String policeNote,
            String sourceName, LocalDate sourceDate, List<Indicator> indicators, Instant recordedAt,
            String recordedBy) {
        this.target = target;
        this.basis = target.getKind().isPoliceClassification() ? Basis.POLICE : Basis.PLAN;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.assessedBy = assessedBy;
        this.classification = classification;
        this.extent = extent;
        this.text = text;
        this.policeNote = policeNote;
        this.sourceName = sourceName;
        this.sourceDate = sourceDate;
        this.indicators = new ArrayList<>(indicators);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A seeded assessment: from the plans (demo false) or invented for the demo (demo true). */
    void seeded(String ref, boolean invented) {
        this.seedRef = ref;
        this.demo = invented;
    }

    void areaFromDatabase(Double areaM2) {
        this.extentAreaM2 = areaM2;
    }

    public Long getId() {
        return id;
    }

    public ClassificationTarget getTarget() {
        return target;
    }

    public Basis getBasis() {
        return basis;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public AssessedClassification getClassification() {
        return classification;
    }

    public Geometry getExtent() {
        return extent;
    }

    public Double getExtentAreaM2() {
        return extentAreaM2;
    }

    public String getText() {
        return text;
    }

    public String getPoliceNote() {
        return policeNote;
    }

    public String getSourceName() {
        return sourceName;
    }

    public LocalDate getSourceDate() {
        return sourceDate;
    }

    public String getSeedRef() {
        return seedRef;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
