package se.platslage.system;

import java.util.Map;

/**
 * Optimistic locking at the API: an update carries the version it was made from. A stale version is a
 * 409 carrying the current one, so the client can reload and repeat instead of silently overwriting.
 */
public final class Versions {

    private Versions() {
    }

    public static void check(Long sent, long current, String what, Object id) {
        if (sent != null && sent != current) {
            throw new ConflictException(what + " " + id + " has been changed since version " + sent
                    + " was read; the current version is " + current,
                    Map.of("currentVersion", current));
        }
    }
}
