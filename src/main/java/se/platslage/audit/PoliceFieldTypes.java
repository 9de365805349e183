package se.platslage.audit;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import se.platslage.geo.GeoJsonGeometry;

/**
 * Whether a declared answer type can carry a police-only field: a record component named in
 * {@link PoliceFields#NAMES}, a follow-up's {@code text} next to {@code restricted}, or anything whose members are
 * not known from its type (a map, a JSON tree, {@code Object}). Generic records are followed through their type
 * arguments ({@code FeatureCollection<MeasureLayerProperties>}), so the map layer's lean features are known to
 * carry none and need no second look.
 */
final class PoliceFieldTypes {

    private static final Map<ResolvableType, Boolean> KNOWN = new ConcurrentHashMap<>();

    private PoliceFieldTypes() {
    }

    static boolean mayCarry(ResolvableType type) {
        return KNOWN.computeIfAbsent(type, t -> mayCarry(t, new HashSet<>()));
    }

    private static boolean mayCarry(ResolvableType type, Set<Class<?>> seen) {
        Class<?> raw = type.resolve();
        if (raw == GeoJsonGeometry.class) {
            // its coordinates are declared as Objects, but they are numbers nested in lists
            return false;
        }
        if (raw == null || raw == Object.class || Map.class.isAssignableFrom(raw)
                || raw.getName().startsWith("com.fasterxml.jackson.databind")) {
            return true;
        }
        if (HttpEntity.class.isAssignableFrom(raw)) {
            return mayCarry(type.as(HttpEntity.class).getGeneric(0), seen);
        }
        if (raw.isArray()) {
            return mayCarry(type.getComponentType(), seen);
        }
        if (Collection.class.isAssignableFrom(raw) || Optional.class.equals(raw)) {
            return mayCarry(type.getGeneric(0), seen);
        }
        if (!raw.isRecord()) {
            // strings, numbers, dates, enums, booleans: values, not containers
            boolean value = raw.isPrimitive() || raw.isEnum() || CharSequence.class.isAssignableFrom(raw)
                    || Number.class.isAssignableFrom(raw) || Boolean.class.equals(raw)
                    || TemporalAccessor.class.isAssignableFrom(raw);
            return !value;
        }
        if (!seen.add(raw)) {
            return false;
        }
        Set<String> names = new HashSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            names.add(component.getName());
        }
        if (names.stream().anyMatch(PoliceFields.NAMES::contains)
                || names.contains(PoliceFields.RESTRICTED_FLAG) && names.contains(PoliceFields.RESTRICTED_TEXT)) {
            return true;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            ResolvableType componentType = ResolvableType.forType(component.getGenericType(), type);
            if (mayCarry(componentType, seen)) {
                return true;
            }
        }
        return false;
    }
}
