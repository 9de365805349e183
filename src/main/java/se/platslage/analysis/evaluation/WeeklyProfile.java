package se.platslage.analysis.evaluation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Incidents by hour of day and weekday, before and after a measure's start, in local time (a measure
 * aimed at Friday nights should show up on Friday nights, also across daylight saving changes).
 */
public final class WeeklyProfile {

    /** Swedish local time, the police's and the municipalities' clock. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ZoneId zone;
    private final long[][][] counts = new long[2][7][24];

    public WeeklyProfile(ZoneId zone) {
        this.zone = zone;
    }

    public void add(Phase phase, Instant time) {
        ZonedDateTime local = time.atZone(zone);
        counts[phase.ordinal()][local.getDayOfWeek().getValue() - 1][local.getHour()]++;
    }

    /** Count for one weekday and hour (0-23, local). */
    public long count(Phase phase, DayOfWeek day, int hour) {
        return counts[phase.ordinal()][day.getValue() - 1][hour];
    }

    /** 24 counts, hour 0 first. */
    public long[] byHourOfDay(Phase phase) {
        long[] result = new long[24];
        for (long[] day : counts[phase.ordinal()]) {
            for (int h = 0; h < 24; h++) {
                result[h] += day[h];
            }
        }
        return result;
    }

    /** 7 counts, Monday first (ISO 8601). */
    public long[] byWeekday(Phase phase) {
        long[] result = new long[7];
        for (int d = 0; d < 7; d++) {
            for (long c : counts[phase.ordinal()][d]) {
                result[d] += c;
            }
        }
        return result;
    }
}
