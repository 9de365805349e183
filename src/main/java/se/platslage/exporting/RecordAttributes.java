package se.platslage.exporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.platslage.system.Coded;

/**
 * A response record's components as export attributes, in declaration order: the same columns the JSON answer
 * has, with values the writers know how to type (dates stay dates for a GeoPackage DATE column, codes become
 * their code). A null {@link Optional} is a component the caller may not see and is left out, as the JSON does;
 * an empty one is a null value.
 */
final class RecordAttributes {

    private RecordAttributes() {
    }

    static Map<String, Object> of(Record record) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of "
                        + record.getClass().getSimpleName(), e);
            }
            if (value instanceof Optional<?> optional) {
                attributes.put(component.getName(), optional.orElse(null));
            } else if (value instanceof Coded coded) {
                attributes.put(component.getName(), coded.code());
            } else if (value != null || !Optional.class.equals(component.getType())) {
                attributes.put(component.getName(), value);
            }
        }
        return attributes;
    }
}
