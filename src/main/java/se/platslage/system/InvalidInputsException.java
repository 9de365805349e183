package se.platslage.system;

import java.util.List;
import java.util.Map;

/**
 * Several client mistakes in one request that is taken whole or not at all (a file of corrections): all of
 * them are reported at once, so the client fixes the file in one round. {@code field} names the first.
 */
public class InvalidInputsException extends InvalidInputException {

    private final List<Map<String, Object>> errors;

    public InvalidInputsException(String message, List<Map<String, Object>> errors) {
        super(String.valueOf(errors.get(0).get("field")), message);
        this.errors = List.copyOf(errors);
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
