package se.platslage.filter;

import se.platslage.system.JpqlWhere;

/**
 * The filter conditions that concern where a record sits in the plans (district, plan, priority area,
 * year), written against the JPQL aliases a query uses for priority area, plan and district.
 */
public final class PlanScope {

    private PlanScope() {
    }

    public static boolean isSet(ListFilter f) {
        return f.district() != null || f.planId() != null || f.planCode() != null || f.priorityArea() != null
                || f.year() != null;
    }

    public static JpqlWhere apply(JpqlWhere where, ListFilter f, String pa, String pl, String d) {
        return where
                .and(d + ".code = :district", "district", f.district())
                .and(pl + ".id = :planId", "planId", f.planId())
                .and(pl + ".code = :planCode", "planCode", f.planCode())
                .and(pa + ".number = :priorityArea", "priorityArea", f.priorityArea())
                .and(pl + ".year = :year", "year", f.year());
    }

    /**
     * Conditions on a measure aliased {@code m}: status, category, type, responsible, overdue, and "mine"
     * for {@code me} (assigned to the account, or "Vem" naming its responsible role).
     */
    public static JpqlWhere applyMeasure(JpqlWhere where, ListFilter f, String m, java.time.LocalDate today,
            se.platslage.security.Actor me) {
        where.and(m + ".status in :statuses", "statuses", f.statuses())
                .and(m + ".category in :categories", "categories", f.categories())
                .and(m + ".physicalType in :types", "types", f.types())
                .and("lower(" + m + ".responsible) like :responsible escape '\\'", "responsible", f.responsibleLike());
        if (f.mine()) {
            String role = me.responsibleRole() == null ? null : JpqlWhere.contains(me.responsibleRole());
            if (role == null) {
                where.and("lower(" + m + ".assignee) = :me", "me", me.username().toLowerCase());
            } else {
                where.and("(lower(" + m + ".assignee) = :me or lower(" + m + ".responsible) like :myRole escape '\\')",
                        java.util.Map.of("me", me.username().toLowerCase(), "myRole", role));
            }
        }
        if (f.timing() != null) {
            // Only measures whose timing was understood have dates; an unparsed "När" overlaps nothing, unless
            // the caller asks for undated measures too (then a missing end counts as open).
            String overlaps = f.timing().includesUndated()
                    ? "(" + m + ".timing.start is null or " + m + ".timing.start <= :timingTo) and (" + m
                            + ".timing.end is null or " + m + ".timing.end >= :timingFrom)"
                    : m + ".timing.start <= :timingTo and " + m + ".timing.end >= :timingFrom";
            where.and(overlaps, java.util.Map.of("timingFrom", f.timing().fromOrMin(), "timingTo", f.timing().toOrMax()));
        }
        if (f.overdue()) {
            where.and(m + ".timing.end < :today and " + m + ".status not in (se.platslage.vocabulary.MeasureStatus.DONE, "
                    + "se.platslage.vocabulary.MeasureStatus.REMOVED)", "today", today);
        }
        return where;
    }
}
