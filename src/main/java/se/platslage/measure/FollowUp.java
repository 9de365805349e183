package se.platslage.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import se.platslage.vocabulary.MeasureStatus;

/** One follow-up meeting's entry for a measure (uppföljning). Never changed once written. */
@Entity
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Measure measure;

    @Column(name = "follow_up_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status;

    /** The status in the document's own words ("Genomfört enligt plan, arbetet fortsätter inom linjeverksamhet"). */
    private String statusAsWritten;

    private String note;

    private Instant recordedAt;

    private String recordedBy;

    /** Marked by a police user: its text is police-only. */
    private boolean restricted;

    /** The client's key for this entry (a phone's retry answers the same row); null when none was sent. */
    private String idempotencyKey;

    protected FollowUp() {
    }

    FollowUp(Measure measure, LocalDate date, MeasureStatus status, String statusAsWritten, String note,
            Instant recordedAt, String recordedBy, boolean restricted) {
        this.recordedBy = recordedBy;
        this.restricted = restricted;
        this.measure = measure;
        this.date = date;
        this.status = status;
        this.statusAsWritten = statusAsWritten;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public LocalDate getDate() {
        return date;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getStatusAsWritten() {
        return statusAsWritten;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    void keyedBy(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
