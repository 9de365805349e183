package se.platslage.filter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import se.platslage.system.InvalidInputException;

/**
 * A closed date interval from a {@code datetime} parameter as OGC API Features Part 1 (§7.15.4) writes it:
 * an instant ("2024-08-05" or "2024-08-05T10:00:00Z"), a bounded interval ("2024-06-01/2024-08-31") or a
 * half-bounded one ("../2024-12-31", "2024-01-01/.."). Measures carry dates, not times, so a date-time is
 * read as its date (in its own offset). Either end may be null (open).
 *
 * <p>{@code includesUndated}: whether records without a date match too. The lists under {@code /api} say no
 * (an unparsed "När" overlaps nothing); the OGC API says yes, as OGC 17-069r4 Requirement 25 C demands of
 * features that have no temporal geometry.
 */
public record DateInterval(LocalDate from, LocalDate to, boolean includesUndated) {

    /** Far enough out to compare with any stored date on both databases. */
    private static final LocalDate MIN = LocalDate.of(1, 1, 1);
    private static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    public static DateInterval parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.trim().split("/", -1);
        if (parts.length > 2) {
            throw new InvalidInputException(field, "expected a date, a date-time or an interval start/end");
        }
        LocalDate from = end(parts[0], field);
        LocalDate to = parts.length == 1 ? from : end(parts[1], field);
        if (parts.length == 1 && from == null) {
            throw new InvalidInputException(field, "'..' alone is not an instant; use an interval such as ../2024-12-31");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(field, "the interval starts after it ends");
        }
        return new DateInterval(from, to, false);
    }

    /** This interval, matching undated records as well (OGC API – Features). */
    public DateInterval includingUndated() {
        return new DateInterval(from, to, true);
    }

    public LocalDate fromOrMin() {
        return from == null ? MIN : from;
    }

    public LocalDate toOrMax() {
        return to == null ? MAX : to;
    }

    private static LocalDate end(String text, String field) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("..")) {
            return null;
        }
        try {
            return t.length() <= 10 ? LocalDate.parse(t) : OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + t + "' is not an RFC 3339 date or date-time");
        }
    }
}
