package se.platslage.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The police-only parts of any record or snapshot. Everything that leaves the application for a
 * non-police user passes through {@link #redact}, so a new police-only field is hidden by adding its
 * name here.
 */
public final class PoliceFields {

    /** Property names that only police and admins may see, wherever they occur. */
    public static final Set<String> NAMES = Set.of("policeNote");

    /** Follow-ups marked restricted keep their status but lose this property for non-police users. */
    public static final String RESTRICTED_FLAG = "restricted";
    public static final String RESTRICTED_TEXT = "text";
    /** A target assessment's indicator marked restricted loses its name, unit and value: all police-only. */
    public static final String RESTRICTED_VALUE = "value";

    private PoliceFields() {
    }

    /** Removes police-only properties from a (mutable) map, recursively through nested maps and lists. */
    @SuppressWarnings("unchecked")
    public static void redact(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            // Only touch what is there: many maps here are immutable (Map.of) and hold no police field.
            NAMES.stream().filter(m::containsKey).forEach(m::remove);
            if (Boolean.TRUE.equals(m.get(RESTRICTED_FLAG)) && m.get(RESTRICTED_TEXT) != null) {
                m.put(RESTRICTED_TEXT, null);
            }
            if (Boolean.TRUE.equals(m.get(RESTRICTED_FLAG)) && m.get(RESTRICTED_VALUE) != null) {
                m.put(RESTRICTED_VALUE, null);
                m.put("name", null);
                m.put("unit", null);
            }
            m.values().forEach(PoliceFields::redact);
        } else if (node instanceof ObjectNode object) {
            NAMES.forEach(object::remove);
            if (object.path(RESTRICTED_FLAG).asBoolean(false) && !object.path(RESTRICTED_TEXT).isNull()
                    && object.has(RESTRICTED_TEXT)) {
                object.putNull(RESTRICTED_TEXT);
            }
            object.forEach(PoliceFields::redact);
        } else if (node instanceof Iterable<?> list) {
            list.forEach(PoliceFields::redact);
        }
    }
}
