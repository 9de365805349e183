package se.platslage.photo;

import se.platslage.security.Actor;

/**
 * The owning feature's rule for who may see the photos of one of its records: each feature that keeps
 * photos provides one bean (follow-ups in {@code measure}, observations in {@code walk}), so the rule stays
 * with the record's own policy. Police-only photos ({@link Photo#isRestricted()}) are checked on top of it.
 */
public interface PhotoAccess {

    /** The {@link PhotoOwner#type()} this bean answers for. */
    String ownerType();

    /** Whether the actor may see the record with this id (false when it does not exist or is deleted). */
    boolean maySee(Actor actor, long ownerId);
}
