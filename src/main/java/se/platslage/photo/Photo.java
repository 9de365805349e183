package se.platslage.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.locationtech.jts.geom.Point;

/** A photo's record (its bytes are in the {@link PhotoStore}). Never changed once written. */
@Entity
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ownerType;
    private Long ownerId;
    @Column(name = "photo_role")
    private String role;
    private boolean restricted;
    private String contentKey;
    private String thumbnailKey;
    private int contentBytes;
    @Column(name = "width_px")
    private int width;
    @Column(name = "height_px")
    private int height;
    private String sourceFormat;
    private long sourceBytes;
    private String sourceName;
    private Instant takenAt;
    @Column(name = "geom")
    private Point position;
    private String idempotencyKey;
    private String recordedBy;
    private Instant recordedAt;

    protected Photo() {
    }

    Photo(PhotoOwner owner, String role, String contentKey, String thumbnailKey, PhotoImages.ProcessedPhoto processed,
            long sourceBytes, String sourceName, String idempotencyKey, String recordedBy, Instant recordedAt) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.restricted = owner.restricted();
        this.role = role;
        this.contentKey = contentKey;
        this.thumbnailKey = thumbnailKey;
        this.contentBytes = processed.content().length;
        this.width = processed.width();
        this.height = processed.height();
        this.sourceFormat = processed.sourceFormat();
        this.sourceBytes = sourceBytes;
        this.sourceName = sourceName;
        this.takenAt = processed.exif().takenAt();
        this.position = processed.exif().position();
        this.idempotencyKey = idempotencyKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getRole() {
        return role;
    }

    public boolean isRestricted() {
        return restricted;
    }

    String getContentKey() {
        return contentKey;
    }

    String getThumbnailKey() {
        return thumbnailKey;
    }

    public int getContentBytes() {
        return contentBytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getSourceFormat() {
        return sourceFormat;
    }

    public long getSourceBytes() {
        return sourceBytes;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    /** Where it was taken according to its EXIF, SWEREF 99 TM; null when the photo did not say. */
    public Point getPosition() {
        return position;
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
}
