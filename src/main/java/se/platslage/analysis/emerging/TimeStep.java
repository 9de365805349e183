package se.platslage.analysis.emerging;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of one slice of a space-time cube: a calendar week (Monday to Sunday), month or quarter in
 * Swedish local time, so that a step means what a police report means by "week 12" or "March".
 */
public enum TimeStep {
    WEEK, MONTH, QUARTER;

    /** Steps are counted in this zone: a step starts at local midnight. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The first day of the step that holds {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    /** The first day of the step {@code steps} after the one starting on {@code start}. */
    public LocalDate plus(LocalDate start, long steps) {
        return switch (this) {
            case WEEK -> start.plusWeeks(steps);
            case MONTH -> start.plusMonths(steps);
            case QUARTER -> start.plusMonths(3 * steps);
        };
    }

    /** Whole steps from the step starting on {@code start} to the one holding {@code day}; negative before it. */
    public long between(LocalDate start, LocalDate day) {
        LocalDate stepOfDay = startOf(day);
        return switch (this) {
            case WEEK -> ChronoUnit.WEEKS.between(start, stepOfDay);
            case MONTH -> ChronoUnit.MONTHS.between(start, stepOfDay);
            case QUARTER -> ChronoUnit.MONTHS.between(start, stepOfDay) / 3;
        };
    }

    /** The local day of an instant. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(STOCKHOLM).toLocalDate();
    }

    /** The instant a step starting on {@code day} begins (local midnight). */
    public static Instant instant(LocalDate day) {
        return day.atStartOfDay(STOCKHOLM).toInstant();
    }
}
