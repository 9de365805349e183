package se.platslage.system;

import java.util.Map;

/** The request is well-formed but clashes with the stored state: becomes a 409 with the given details. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> details;

    public ConflictException(String message, Map<String, Object> details) {
        super(message);
        this.details = details;
    }

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public Map<String, Object> details() {
        return details;
    }
}
