package se.platslage.security;

import java.util.Set;

/**
 * A feature's general rights (not tied to one record) for {@code GET /api/me}'s {@code "capabilities"}.
 * The feature implements it with the same predicates its endpoints enforce, so the page learns what a role
 * may do from the code that decides it; security itself does not need to know the features.
 */
public interface CapabilitySource {

    /** The codes of the capabilities this feature grants the actor. */
    Set<String> capabilities(Actor actor);
}
