package se.platslage.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose values have a stable code used in JSON, geodata and query parameters ("not-started",
 * "gångväg"). Unknown codes are a client mistake, answered with the list of valid ones.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
        if (code == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(code.trim())) {
                return value;
            }
        }
        throw new InvalidInputException(field, "unknown value '" + code + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
    }
}
