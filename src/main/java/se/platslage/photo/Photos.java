package se.platslage.photo;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.audit.AuditLog;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.ConflictException;
import se.platslage.system.IdempotencyKeys;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.TooLargeException;

/**
 * Adding photos to records and reading them back. The owning feature checks who may add a photo (its record
 * policy) and calls {@link #add} in its own transaction; who may see one is its {@link PhotoAccess}.
 */
@Service
public class Photos {

    static final String AUDIT_TYPE = "photo";

    private final PhotoRepository photos;
    private final PhotoStore store;
    private final PhotoImages images;
    private final PhotoProperties properties;
    /** Looked up on use: the owners' beans need this one to add photos. */
    private final org.springframework.beans.factory.ObjectProvider<PhotoAccess> access;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    Photos(PhotoRepository photos, PhotoStore store, PhotoImages images, PhotoProperties properties,
            org.springframework.beans.factory.ObjectProvider<PhotoAccess> access, CurrentActor current, AuditLog audit, Clock clock) {
        this.photos = photos;
        this.store = store;
        this.images = images;
        this.properties = properties;
        this.access = access;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #add} answers: the photo, and whether it was stored now (false: an earlier upload's retry). */
    public record Added(Map<String, Object> photo, boolean created) {
    }

    /**
     * Stores an uploaded photo on the owner, once per idempotency key and account: a retry with the same key
     * answers the photo stored the first time and stores nothing. Call in the owner's transaction, after
     * checking that the caller may add it.
     */
    @Transactional
    public Added add(PhotoOwner owner, String role, MultipartFile file, String idempotencyKey) {
        Actor actor = current.get();
        String key = IdempotencyKeys.checked(idempotencyKey);
        var earlier = photos.findByRecordedByAndIdempotencyKey(actor.username(), key);
        if (earlier.isPresent()) {
            Photo photo = earlier.get();
            if (!photo.getOwnerType().equals(owner.type()) || photo.getOwnerId() != owner.id()) {
                throw new ConflictException("the Idempotency-Key " + key + " was used for another upload (photo "
                        + photo.getId() + "); send a new key for a new photo", Map.of("field", "Idempotency-Key"));
            }
            return new Added(json(photo), false);
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: the photo as the multipart part named file");
        }
        if (file.getSize() > properties.maxPhotoSize().toBytes()) {
            throw new TooLargeException("file", "the photo is " + file.getSize() + " bytes; at most "
                    + properties.maxPhotoSize().toBytes() + " are accepted");
        }
        byte[] upload;
        try {
            upload = file.getBytes();
        } catch (java.io.IOException e) {
            throw new InvalidInputException("file", "the upload could not be read");
        }
        PhotoImages.ProcessedPhoto processed = images.process(upload);
        String contentKey = "photo-" + UUID.randomUUID();
        String thumbnailKey = contentKey + "-thumbnail";
        store.put(contentKey, "image/jpeg", processed.content());
        store.put(thumbnailKey, "image/jpeg", processed.thumbnail());
        Photo photo = photos.saveAndFlush(new Photo(owner, role, contentKey, thumbnailKey, processed, upload.length,
                sourceName(file.getOriginalFilename()), key, actor.username(), Instant.now(clock)));
        audit.record(AUDIT_TYPE, photo.getId(), AuditLog.Action.CREATE, null, json(photo));
        return new Added(json(photo), true);
    }

    /** The photos of these records that the current user may see, by owner id, oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<Map<String, Object>>> of(String ownerType, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        boolean police = current.get().seesPoliceFields();
        return photos.findByOwnerTypeAndOwnerIdInOrderById(ownerType, ownerIds).stream()
                .filter(p -> police || !p.isRestricted())
                .collect(Collectors.groupingBy(Photo::getOwnerId, LinkedHashMap::new,
                        Collectors.mapping(Photos::json, Collectors.toList())));
    }

    /** The stored JPEG (or its thumbnail); 404 for a photo the user may not see, as for one that does not exist. */
    @Transactional(readOnly = true)
    public byte[] content(long id, boolean thumbnail) {
        Actor actor = current.get();
        Photo photo = photos.findById(id).orElseThrow(() -> new NotFoundException("photo", id));
        PhotoAccess rule = access.stream().filter(a -> a.ownerType().equals(photo.getOwnerType())).findFirst()
                .orElse(null);
        if (rule == null || !rule.maySee(actor, photo.getOwnerId()) || (photo.isRestricted() && !actor.seesPoliceFields())) {
            throw new NotFoundException("photo", id);
        }
        String key = thumbnail ? photo.getThumbnailKey() : photo.getContentKey();
        return store.get(key).orElseThrow(() -> new IllegalStateException("photo " + id + " has no bytes under " + key));
    }

    public static Map<String, Object> json(Photo p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.getId());
        json.put("ownerType", p.getOwnerType());
        json.put("ownerId", p.getOwnerId());
        json.put("role", p.getRole());
        json.put("restricted", p.isRestricted());
        json.put("url", "/api/photos/" + p.getId());
        json.put("thumbnailUrl", "/api/photos/" + p.getId() + "/thumbnail");
        json.put("width", p.getWidth());
        json.put("height", p.getHeight());
        json.put("bytes", p.getContentBytes());
        json.put("takenAt", p.getTakenAt());
        json.put("position", p.getPosition() == null ? null : GeoJsonGeometries.write(Sweref.toWgs84(p.getPosition())));
        json.put("sourceFormat", p.getSourceFormat());
        json.put("sourceName", p.getSourceName());
        json.put("idempotencyKey", p.getIdempotencyKey());
        json.put("recordedBy", p.getRecordedBy());
        json.put("recordedAt", p.getRecordedAt());
        return json;
    }

    private static String sourceName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
