package se.platslage.system;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking at the API. Every editable record has a version; responses carry it as a
 * {@code version} property and an {@code ETag}. An update must say which version it was made from, as
 * {@code If-Match} or in the body: a stale one is a 409 carrying the current version, a missing one a 428,
 * so nobody silently overwrites a change they have not seen.
 */
public final class Versions {

    private Versions() {
    }

    /** The version an update was made from: If-Match wins over the body's {@code version}. */
    public static long required(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "expected the ETag of the record, e.g. \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw new PreconditionRequiredException("version",
                    "send the version the change was made from, as If-Match or as \"version\" in the body");
        }
        return bodyVersion;
    }

    public static void check(long sent, long current, String what, Object id) {
        if (sent != current) {
            throw new ConflictException(what + " " + id + " has been changed since version " + sent
                    + " was read; the current version is " + current,
                    Map.of("currentVersion", current));
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A 200 with the record and its ETag: a {@link Versioned} body's version, or a map's (or its properties')
     * "version".
     */
    @SuppressWarnings("unchecked")
    public static <T> ResponseEntity<T> withEtag(T body) {
        Object version = null;
        if (body instanceof Versioned versioned) {
            version = versioned.version();
        } else if (body instanceof Map<?, ?> map) {
            version = map.get("version");
            if (version == null && map.get("properties") instanceof Map<?, ?> properties) {
                version = ((Map<String, Object>) properties).get("version");
            }
        }
        var response = ResponseEntity.ok();
        if (version != null) {
            response.header(HttpHeaders.ETAG, etag(((Number) version).longValue()));
        }
        return response.body(body);
    }
}
