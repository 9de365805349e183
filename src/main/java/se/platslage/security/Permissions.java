package se.platslage.security;

import org.springframework.security.access.AccessDeniedException;

/** Throws 403s with a message saying what the role lacks. */
public final class Permissions {

    private Permissions() {
    }

    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException(what);
        }
    }

    public static void requireDistrict(Actor actor, String districtCode) {
        require(actor.editsDistrict(districtCode), "editing in district " + districtCode
                + " needs the strateg role assigned to that district, or admin");
    }
}
