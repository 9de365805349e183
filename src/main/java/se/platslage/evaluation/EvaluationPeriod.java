package se.platslage.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import se.platslage.incident.IncidentParams;
import se.platslage.system.InvalidInputException;

/**
 * The before and after periods around a measure's start, of equal length as Bowers and Johnson (2003)
 * compare them: {@code [start - period, start)} and {@code [start, start + period)}. The period is the
 * shorter of {@code start - from} and {@code to - start} ({@code from}/{@code to} default to
 * {@value #DEFAULT_DAYS} days either side), and the after period ends no later than now.
 */
record EvaluationPeriod(Instant start, Duration period, boolean startGiven) {

    static final int DEFAULT_DAYS = 180;

    static EvaluationPeriod of(LocalDate timingStart, String startText, Instant from, Instant to, Clock clock) {
        Instant given = IncidentParams.time(startText, "start");
        if (given == null && timingStart == null) {
            throw new InvalidInputException("start", "the measure's timing has no parsed start date; give start "
                    + "(e.g. start=2024-08-05)");
        }
        Instant start = given != null ? given : timingStart.atStartOfDay(se.platslage.analysis.evaluation.WeeklyProfile.STOCKHOLM)
                .toInstant();
        Instant now = clock.instant();
        if (!start.isBefore(now)) {
            throw new InvalidInputException("start", "the measure starts " + start + ", which is not in the past: "
                    + "there is no after period yet");
        }
        Instant f = from != null ? from : start.minus(Duration.ofDays(DEFAULT_DAYS));
        Instant t = to != null ? to : start.plus(Duration.ofDays(DEFAULT_DAYS));
        if (t.isAfter(now)) {
            t = now;
        }
        if (!f.isBefore(start)) {
            throw new InvalidInputException("from", "must be before the measure's start " + start);
        }
        if (!t.isAfter(start)) {
            throw new InvalidInputException("to", "must be after the measure's start " + start);
        }
        Duration before = Duration.between(f, start);
        Duration after = Duration.between(start, t);
        return new EvaluationPeriod(start, before.compareTo(after) <= 0 ? before : after, given != null);
    }

    Instant beforeFrom() {
        return start.minus(period);
    }

    Instant afterTo() {
        return start.plus(period);
    }
}
