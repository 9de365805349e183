package se.platslage.measure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.photo.PhotoAccess;
import se.platslage.photo.PhotoOwner;
import se.platslage.photo.Photos;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * Photos of site work on a follow-up, before and after. Whoever may write the follow-up may add photos to it
 * ({@link MeasurePolicy}); photos of a restricted follow-up are police-only, as its text is. Everyone who reads
 * the measure sees the photos of its unrestricted follow-ups.
 */
@Service
class FollowUpPhotos implements PhotoAccess {

    static final String OWNER_TYPE = "follow-up";
    private static final Set<String> ROLES = Set.of("before", "after");

    private final MeasureRepository measures;
    private final Photos photos;
    private final CurrentActor current;

    FollowUpPhotos(MeasureRepository measures, Photos photos, CurrentActor current) {
        this.measures = measures;
        this.photos = photos;
        this.current = current;
    }

    @Transactional
    public Photos.Added add(long measureId, long followUpId, String role, MultipartFile file, String idempotencyKey) {
        FollowUp followUp = followUp(measureId, followUpId);
        Actor actor = current.get();
        MeasurePolicy.POLICY.require(actor, followUp.getMeasure(),
                followUp.isRestricted() ? Action.RESTRICTED_FOLLOW_UP : Action.FOLLOW_UP);
        String checkedRole = role == null || role.isBlank() ? null : role.trim().toLowerCase(Locale.ROOT);
        if (checkedRole != null && !ROLES.contains(checkedRole)) {
            throw new InvalidInputException("role", "'" + role + "' is not one of [before, after]");
        }
        return photos.add(new PhotoOwner(OWNER_TYPE, followUp.getId(), followUp.isRestricted()), checkedRole, file,
                idempotencyKey);
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    /** Measures are read by every signed-in user; a deleted one's photos go with it. */
    @Override
    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, long ownerId) {
        return measures.findFollowUp(ownerId).map(f -> !f.getMeasure().isDeleted()).orElse(false);
    }

    private FollowUp followUp(long measureId, long followUpId) {
        FollowUp followUp = measures.findFollowUp(followUpId)
                .filter(f -> f.getMeasure().getId() == measureId && !f.getMeasure().isDeleted())
                .orElseThrow(() -> new NotFoundException("follow-up", followUpId));
        return followUp;
    }

}
