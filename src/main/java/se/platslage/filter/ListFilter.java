package se.platslage.filter;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.BoundingBox;
import se.platslage.system.Coded;
import se.platslage.system.InvalidInputException;
import se.platslage.system.JpqlWhere;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * The parsed, checked list filter; {@code bbox} is in EPSG:3006; text values are LIKE patterns;
 * {@code timing} is null or the interval a measure's parsed timing must overlap.
 */
public record ListFilter(String district, Long planId, String planCode, Integer priorityArea,
        List<MeasureStatus> statuses, List<MeasureCategory> categories, List<PhysicalType> types,
        String responsibleLike, Integer year, String textLike, Geometry bbox, String kind, Long placeId,
        boolean overdue, boolean mine, boolean unplaced, boolean approximate, DateInterval timing) {

    public static ListFilter of(FilterParams p) {
        Long planId = null;
        String planCode = null;
        if (p.plan() != null && !p.plan().isBlank()) {
            if (p.plan().trim().matches("\\d{1,18}")) {
                planId = Long.parseLong(p.plan().trim());
            } else {
                planCode = p.plan().trim();
            }
        }
        return new ListFilter(
                blankToNull(p.district()),
                planId,
                planCode,
                integer(p.priorityArea(), "priorityArea", 1, 99),
                codes(MeasureStatus.class, p.status(), "status"),
                codes(MeasureCategory.class, p.category(), "category"),
                codes(PhysicalType.class, p.type(), "type"),
                JpqlWhere.contains(p.responsible()),
                integer(p.year(), "year", 1900, 2200),
                JpqlWhere.contains(p.text()),
                BoundingBox.parse(p.bbox()),
                blankToNull(p.kind()),
                p.place() == null || p.place().isBlank() ? null : integer(p.place(), "place", 1, Integer.MAX_VALUE).longValue(),
                bool(p.overdue(), "overdue"),
                bool(p.mine(), "mine"),
                bool(p.unplaced(), "unplaced"),
                bool(p.approximate(), "approximate"),
                DateInterval.parse(p.datetime(), "datetime"));
    }

    /**
     * This filter with another area (EPSG:3006) and time, for a caller that reads {@code bbox} and
     * {@code datetime} by its own standard's rules (the OGC API).
     */
    public ListFilter within(Geometry area, DateInterval time) {
        return new ListFilter(district, planId, planCode, priorityArea, statuses, categories, types, responsibleLike,
                year, textLike, area, kind, placeId, overdue, mine, unplaced, approximate, time);
    }

    /** True when a filter on measures (not only on places or problems) is set. */
    public boolean filtersMeasures() {
        return !statuses.isEmpty() || !categories.isEmpty() || !types.isEmpty() || responsibleLike != null
                || overdue || mine || timing != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer integer(String value, String field, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new InvalidInputException(field, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a whole number");
        }
    }

    private static boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidInputException(field, "'" + value + "' is not true or false");
        };
    }

    private static <E extends Enum<E> & Coded> List<E> codes(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(code -> Coded.parse(type, code, field))
                .distinct()
                .toList();
    }
}
