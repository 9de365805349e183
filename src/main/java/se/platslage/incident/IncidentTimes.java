package se.platslage.incident;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as incident files write them. With an offset ("Z", "+02:00", "+0200") the instant is exact;
 * without one it is Swedish local time (Europe/Stockholm), the police's and the city's clock. A date alone
 * is the start of that day, a year-month ("2024-01", UK street-level data) the start of the month, and
 * the precision says so.
 *
 * <p>Accepted: {@code 2024-05-01T22:15:00Z}, {@code 2024-05-01 22:15:00 +02:00}, {@code 2023-05-16 7:24:07 +02:00}
 * (polisen.se writes one-digit hours), {@code 2024-05-01T22:15}, {@code 2024-05-01}, {@code 2024-05}.
 */
final class IncidentTimes {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The instant and how precise it is: second, day or month. */
    record Parsed(Instant instant, String precision) {
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private IncidentTimes() {
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the time is empty");
        }
        String t = text.trim();
        try {
            Matcher month = MONTH.matcher(t);
            if (month.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return new Parsed(ym.atDay(1).atStartOfDay(STOCKHOLM).toInstant(), "month");
            }
            Matcher m = DATE_TIME.matcher(t);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + t + "' is not a time (e.g. 2024-05-01T22:15:00+02:00, "
                        + "2024-05-01 22:15 or 2024-05-01)");
            }
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new Parsed(date.atStartOfDay(STOCKHOLM).toInstant(), "day");
            }
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            Instant instant = m.group(8) == null ? local.atZone(STOCKHOLM).toInstant()
                    : local.toInstant(ZoneOffset.of(m.group(8).length() == 5 && !m.group(8).contains(":")
                            ? m.group(8).substring(0, 3) + ":" + m.group(8).substring(3) : m.group(8)));
            return new Parsed(instant, "second");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "' is not a valid time: " + e.getMessage());
        }
    }
}
