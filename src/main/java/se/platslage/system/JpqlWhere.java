package se.platslage.system;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the conditions and bound parameters of a filtered JPQL query; values are never concatenated. */
public final class JpqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (using {@code :name}) when {@code value} is present. */
    public JpqlWhere and(String condition, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition with several parameters. */
    public JpqlWhere and(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Adds a subquery condition together with the subquery's own parameters. */
    public JpqlWhere andExists(String condition, JpqlWhere subquery) {
        conditions.add(condition);
        parameters.putAll(subquery.parameters);
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A text search value: contains, case-insensitive, with LIKE's wildcards taken literally. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
