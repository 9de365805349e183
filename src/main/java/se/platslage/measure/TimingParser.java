package se.platslage.measure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plans' Swedish period expressions ("När") into a start and end date.
 *
 * Algorithm: the text is lower-cased and its run-together forms split ("20232026" → "2023 2026"), then
 * tried against the patterns below in order, most specific first. An expression without a year takes the
 * plan's year. Seasons follow the public sector's terms: våren = January–June, sommaren = June–August,
 * hösten = August–December. Tertials are Jan–Apr, May–Aug, Sep–Dec. Weeks are ISO weeks, Monday–Sunday.
 * Anything else (e.g. "Pågående linjearbete") keeps its text with no dates: never guessed.
 */
public final class TimingParser {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("maj", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("okt", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private static final String MONTH = "(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String FILLER = "(?:under|löpande|hela|helår|året|från|och med|med start|start|pågår|)";

    private static final Pattern YEAR_ONLY = Pattern.compile("^" + FILLER + "\\s*(?:år\\s*)?" + YEAR + "$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^" + FILLER + "\\s*" + YEAR + "\\s*(?:-|–|till|\\s)\\s*" + YEAR + "$");
    private static final Pattern WEEKS = Pattern.compile("^(?:v|v\\.|vecka|veckorna)\\s*(\\d{1,2})(?:\\s*(?:-|–|till)\\s*(\\d{1,2}))?(?:\\s*,?\\s*" + YEAR + ")?$");
    private static final Pattern SEASON = Pattern.compile("^(?:under\\s+)?(våren|vår|sommaren|sommar|hösten|höst)(?:en)?\\s*" + YEAR + "?$");
    private static final Pattern TERTIAL = Pattern.compile("^(?:tertial|t)\\s*([123])\\s*" + YEAR + "?$");
    private static final Pattern MONTH_YY = Pattern.compile("^" + MONTH + "\\s*[-/ ]\\s*(\\d\\d)$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(?:i\\s+|under\\s+)?" + MONTH + "\\s*" + YEAR + "?$");
    private static final Pattern MONTH_RANGE = Pattern.compile("^(?:från\\s+)?" + MONTH + "\\s*(?:-|–|till)\\s*" + MONTH + "\\s*" + YEAR + "?$");
    private static final Pattern DAYS = Pattern.compile("^(\\d{1,2})(?:\\s*(?:-|–)\\s*(\\d{1,2}))?\\s+" + MONTH + "\\s*" + YEAR + "?$");
    /** "Under året", "Löpande under året", "Under året i linjen": the plan's own year. */
    private static final Pattern THIS_YEAR = Pattern.compile("^(?:under|löpande)(?: under)? året\\b.*$");
    private static final Pattern BY_END_OF = Pattern.compile("^senast\\s+(?:i\\s+)?(?:slutet\\s+(?:på|av)\\s+)?" + MONTH + "\\s*" + YEAR + "?$");

    private TimingParser() {
    }

    /** Parses {@code text}; {@code planYear} stands in where the text names no year. */
    public static Timing parse(String text, int planYear) {
        if (text == null || text.isBlank()) {
            return Timing.NONE;
        }
        String s = normalise(text);
        Matcher m;
        if ((m = YEAR_ONLY.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Timing(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (THIS_YEAR.matcher(s).matches()) {
            return new Timing(text, LocalDate.of(planYear, 1, 1), LocalDate.of(planYear, 12, 31));
        }
        if ((m = YEAR_RANGE.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from <= to ? new Timing(text, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)) : unparsed(text);
        }
        if ((m = WEEKS.matcher(s)).matches()) {
            int year = year(m.group(3), planYear);
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (first < 1 || last > 53 || first > last) {
                return unparsed(text);
            }
            return new Timing(text, weekStart(year, first), weekStart(year, last).plusDays(6));
        }
        if ((m = SEASON.matcher(s)).matches()) {
            int year = year(m.group(2), planYear);
            return switch (m.group(1).substring(0, 3)) {
                case "vår" -> new Timing(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
                case "som" -> new Timing(text, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
                default -> new Timing(text, LocalDate.of(year, 8, 1), LocalDate.of(year, 12, 31));
            };
        }
        if ((m = TERTIAL.matcher(s)).matches()) {
            int year = year(m.group(2), planYear);
            int first = (Integer.parseInt(m.group(1)) - 1) * 4 + 1;
            return new Timing(text, LocalDate.of(year, first, 1), monthEnd(year, first + 3));
        }
        if ((m = MONTH_YY.matcher(s)).matches()) {
            int year = 2000 + Integer.parseInt(m.group(2));
            int month = MONTHS.get(m.group(1)).getValue();
            return new Timing(text, LocalDate.of(year, month, 1), monthEnd(year, month));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            int year = year(m.group(2), planYear);
            int month = MONTHS.get(m.group(1)).getValue();
            return new Timing(text, LocalDate.of(year, month, 1), monthEnd(year, month));
        }
        if ((m = MONTH_RANGE.matcher(s)).matches()) {
            int year = year(m.group(3), planYear);
            int from = MONTHS.get(m.group(1)).getValue();
            int to = MONTHS.get(m.group(2)).getValue();
            return from <= to ? new Timing(text, LocalDate.of(year, from, 1), monthEnd(year, to)) : unparsed(text);
        }
        if ((m = DAYS.matcher(s)).matches()) {
            int year = year(m.group(4), planYear);
            Month month = MONTHS.get(m.group(3));
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (first > last || last > month.length(java.time.Year.isLeap(year))) {
                return unparsed(text);
            }
            return new Timing(text, LocalDate.of(year, month, first), LocalDate.of(year, month, last));
        }
        if ((m = BY_END_OF.matcher(s)).matches()) {
            int year = year(m.group(2), planYear);
            // A deadline: the work may start any time in the plan's year.
            return new Timing(text, LocalDate.of(year, 1, 1), monthEnd(year, MONTHS.get(m.group(1)).getValue()));
        }
        return unparsed(text);
    }

    private static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        s = s.replaceAll("[.:]$", "");
        // "20232026": two years run together by the PDF extraction.
        s = s.replaceAll("\\b((?:19|20)\\d\\d)((?:19|20)\\d\\d)\\b", "$1 $2");
        return s;
    }

    private static Timing unparsed(String text) {
        return new Timing(text, null, null);
    }

    private static int year(String group, int planYear) {
        return group == null ? planYear : Integer.parseInt(group);
    }

    private static LocalDate weekStart(int year, int week) {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate monthEnd(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
