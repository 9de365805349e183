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
 * Beyond periods, {@link #read} tells what kind of answer the text gave ({@link Kind}): ongoing work
 * ("Pågående linjearbete", "Från maj och framåt") starts at the plan's year (or the date it names) and has no
 * end; a frequency ("1 gång/termin", "Regelbundet") names no period at all; "Under SÖK giltighetstid" is the
 * agreement's period ({@link AgreementPeriod}). Anything else keeps its text with no dates and is flagged
 * {@link Kind#UNPARSED}: never guessed.
 */
public final class TimingParser {

    /** What the text said about time. */
    public enum Kind {
        /** No text. */
        NONE,
        /** A start and an end date. */
        PERIOD,
        /** The agreement's (SÖK's) period: a start and an end date taken from {@link AgreementPeriod}. */
        AGREEMENT_PERIOD,
        /** Ongoing without an end: a start date, end null, so it is never overdue. */
        CONTINUOUS,
        /** A frequency ("2 gånger per år"): no dates unless the text also names its year. */
        RECURRING,
        /** Not understood: text kept, no dates. The importer shows it as a warning. */
        UNPARSED
    }

    /** A reading of one "När" text. */
    public record Reading(Timing timing, Kind kind) {

        /** True unless the text was there but not understood. */
        public boolean understood() {
            return kind != Kind.UNPARSED;
        }
    }

    /**
     * The period of the samverkansöverenskommelse (SÖK) that "Under SÖK giltighetstid" refers to. The plans do
     * not print it; the default 2024–2027 is the span the Hässelby-Vällingby plan writes for its ÖDS measures
     * ("2024 2027"). Configure it when the city signs a new agreement.
     */
    public record AgreementPeriod(LocalDate start, LocalDate end) {
        public static final AgreementPeriod DEFAULT =
                new AgreementPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
    }

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("maj", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("okt", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private static final String MONTH = "(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String FILLER =
            "(?:under|löpande|hela|helår|året|från|och med|med start|start|pågår|pågående|implementeras under"
            + "|implementering|tas fram under|)";

    private static final Pattern YEAR_ONLY = Pattern.compile("^" + FILLER + "\\s*(?:år\\s*)?" + YEAR + "$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^" + FILLER + "\\s*" + YEAR + "\\s*(?:-|–|till|och|\\s)\\s*" + YEAR + "$");
    private static final Pattern WEEKS = Pattern.compile("^(?:v|v\\.|vecka|veckorna)\\s*(\\d{1,2})(?:\\s*(?:-|–|till)\\s*(\\d{1,2}))?(?:\\s*,?\\s*" + YEAR + ")?$");
    private static final Pattern SEASON = Pattern.compile("^(?:under\\s+)?(våren|vår|sommaren|sommar|hösten|höst)(?:en)?\\s*" + YEAR + "?$");
    private static final Pattern TERTIAL = Pattern.compile(
            "^(?:implementering |tas fram under )?(?:tertial|t)\\s*([123])\\s*" + YEAR + "?$");
    private static final Pattern MONTH_YY = Pattern.compile("^" + MONTH + "\\s*[-/ ]\\s*(\\d\\d)$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(?:i\\s+|under\\s+)?" + MONTH + "\\s*" + YEAR + "?$");
    private static final Pattern MONTH_RANGE = Pattern.compile("^(?:från\\s+)?" + MONTH + "\\s*(?:-|–|till)\\s*" + MONTH + "\\s*" + YEAR + "?$");
    private static final Pattern DAYS = Pattern.compile("^(\\d{1,2})(?:\\s*(?:-|–)\\s*(\\d{1,2}))?\\s+" + MONTH + "\\s*" + YEAR + "?$");
    /** "Under året", "Löpande under året", "Under året i linjen": the plan's own year. */
    private static final Pattern THIS_YEAR = Pattern.compile("^(?:under|löpande)(?: under)? året\\b.*$");
    /** "Färdigt 2025", "Slutet 2024", "Senast 2025": a deadline; the work may start any time from the plan's year. */
    private static final Pattern BY_END_OF_YEAR = Pattern.compile("^(?:färdigt|klart|slutet(?: av| på)?|senast)\\s+" + YEAR + "$");
    private static final Pattern BY_END_OF = Pattern.compile("^senast\\s+(?:i\\s+)?(?:slutet\\s+(?:på|av)\\s+)?" + MONTH + "\\s*" + YEAR + "?$");

    private static final Pattern AGREEMENT = Pattern.compile("^(?:.*\\b)?under sök giltighetstid\\b.*$");
    /** Ongoing work: "Pågående linjearbete", "Linjeverksamhet", "Pågående, ev. avslut när ...". */
    private static final Pattern CONTINUOUS = Pattern.compile(
            "^(?:pågående(?:[ ,].*)?|linjeverksamhet(?:en)?|linjearbete|i linjen|löpande)$");
    /** "April och framåt", "Från maj och framåt": ongoing from the first of that month. */
    private static final Pattern FROM_MONTH = Pattern.compile("^(?:från\\s+)?" + MONTH + "\\s+och framåt$");
    /** "... från 15/1 2024 ...", "från och med 15/1 2024": ongoing from that day. */
    private static final Pattern FROM_DAY = Pattern.compile(
            "\\bfrån (?:och med )?(\\d{1,2})/(\\d{1,2}) " + YEAR + "\\b");
    /** A unit's or meeting's date: "Vuxenenheten 20/12 2024", "Ledningsgruppen Sociala avd. 21/2". */
    private static final Pattern LABELLED_DAY = Pattern.compile(
            "^[a-zåäö][a-zåäö .]*? (\\d{1,2})/(\\d{1,2})(?: " + YEAR + ")?$");
    /** ISO dates listed: "2024-02-06 och 2024-12-03" spans first to last. */
    private static final Pattern ISO_DATES = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d)(?:\\s*(?:och|,|-|–)\\s*(\\d{4}-\\d\\d-\\d\\d))*$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern FREQUENCY = Pattern.compile(
            "\\bper (?:år|månad|vecka|termin|dag)\\b|gång/(?:termin|månad|år|vecka)|\\bvarje (?:vecka|månad|år|termin|dag)\\b"
            + "|^regelbundet$|årshjul");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:under|i) " + YEAR + "\\b|^[^0-9]*\\b" + YEAR + "$");

    private TimingParser() {
    }

    /**
     * Reads {@code text} and says what kind of answer it is; {@code planYear} stands in where the text names no
     * year and is where ongoing work starts; {@code agreement} is the SÖK's period.
     */
    public static Reading read(String text, int planYear, AgreementPeriod agreement) {
        if (text == null || text.isBlank()) {
            return new Reading(Timing.NONE, Kind.NONE);
        }
        Timing period = period(text, planYear);
        if (period.isParsed()) {
            return new Reading(period, Kind.PERIOD);
        }
        String s = normalise(text);
        Matcher m;
        if (AGREEMENT.matcher(s).matches()) {
            return new Reading(new Timing(text, agreement.start(), agreement.end()), Kind.AGREEMENT_PERIOD);
        }
        if (CONTINUOUS.matcher(s).matches()) {
            return continuous(text, LocalDate.of(planYear, 1, 1));
        }
        if ((m = FROM_MONTH.matcher(s)).matches()) {
            return continuous(text, LocalDate.of(planYear, MONTHS.get(m.group(1)), 1));
        }
        if ((m = FROM_DAY.matcher(s)).find()) {
            LocalDate from = day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return from == null ? unparsedReading(text) : continuous(text, from);
        }
        if (FREQUENCY.matcher(s).find()) {
            // A frequency is no period; only a year written with it says when.
            Matcher year = IN_YEAR.matcher(s);
            if (year.find()) {
                int y = Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(2));
                return new Reading(new Timing(text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), Kind.RECURRING);
            }
            return new Reading(unparsed(text), Kind.RECURRING);
        }
        if ((m = LABELLED_DAY.matcher(s)).matches()) {
            LocalDate on = day(year(m.group(3), planYear), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return on == null ? unparsedReading(text) : new Reading(new Timing(text, on, on), Kind.PERIOD);
        }
        if (ISO_DATES.matcher(s).matches()) {
            Matcher dates = ISO_DATE.matcher(s);
            LocalDate first = null;
            LocalDate last = null;
            try {
                while (dates.find()) {
                    LocalDate d = LocalDate.parse(dates.group());
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            } catch (java.time.format.DateTimeParseException e) {
                return unparsedReading(text);
            }
            return new Reading(new Timing(text, first, last), Kind.PERIOD);
        }
        return unparsedReading(text);
    }

    /**
     * Parses {@code text}; {@code planYear} stands in where the text names no year. The same as {@link #read}
     * with the default agreement period, for callers that only store the {@link Timing}: ongoing work keeps
     * its start and a null end.
     */
    public static Timing parse(String text, int planYear) {
        return read(text, planYear, AgreementPeriod.DEFAULT).timing();
    }

    /** The period patterns: a start and an end, or {@link #unparsed}. */
    private static Timing period(String text, int planYear) {
        String s = normalise(text);
        Matcher m;
        if ((m = YEAR_ONLY.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Timing(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (THIS_YEAR.matcher(s).matches()) {
            return new Timing(text, LocalDate.of(planYear, 1, 1), LocalDate.of(planYear, 12, 31));
        }
        if ((m = BY_END_OF_YEAR.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Timing(text, LocalDate.of(Math.min(year, planYear), 1, 1), LocalDate.of(year, 12, 31));
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

    // Compiled once: every measure row of an imported plan is normalised (issue 16).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FINAL_STOP = Pattern.compile("[.:]$");
    // "20232026": two years run together by the PDF extraction.
    private static final Pattern YEARS_RUN_TOGETHER = Pattern.compile("\\b((?:19|20)\\d\\d)((?:19|20)\\d\\d)\\b");

    private static String normalise(String text) {
        String s = WHITESPACE.matcher(text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ')).replaceAll(" ").trim();
        s = FINAL_STOP.matcher(s).replaceAll("");
        return YEARS_RUN_TOGETHER.matcher(s).replaceAll("$1 $2");
    }

    private static Reading continuous(String text, LocalDate from) {
        return new Reading(new Timing(text, from, null), Kind.CONTINUOUS);
    }

    private static Reading unparsedReading(String text) {
        return new Reading(unparsed(text), Kind.UNPARSED);
    }

    private static LocalDate day(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
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
