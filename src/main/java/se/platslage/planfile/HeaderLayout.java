package se.platslage.planfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each column of one sheet is, found from its header row, and how the follow-up columns group into
 * dated follow-ups.
 *
 * Follow-ups: every Status column is one follow-up, dated from its header ("Status VB 2024" → 2024-12-31,
 * "Status 2024-11-20", "Status T2 2024" → 2024-08-31; undated → null). Uppföljning and Kommentar columns
 * belong to the Status column with the same date, else to the nearest Status column (the Södermalm file has
 * "Uppföljning 2024-11", "Status VB 2024", "Kommentarer" for one follow-up). Without Status columns each
 * Uppföljning column is a follow-up of its own.
 */
final class HeaderLayout {

    /** One dated follow-up's columns; statusColumn/codeColumn -1 when absent. */
    record FollowUpColumns(LocalDate date, int statusColumn, int codeColumn, List<Integer> textColumns,
            List<TemplateColumn> textKinds) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
    private static final Pattern TERTIAL = Pattern.compile("\\b(?:t|tertial)\\s*([123])\\s+(\\d{4})\\b");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\b(\\d{4})-(\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    final Map<TemplateColumn, Integer> single = new EnumMap<>(TemplateColumn.class);
    final List<FollowUpColumns> followUps = new ArrayList<>();
    /** The PROBLEM column's header when it is an area's name (the Hässelby-Vällingby layout). */
    String problemHeader;

    /** The layout if {@code cells} is a header row: an Åtgärd column and at least one other template column. */
    static HeaderLayout of(List<String> cells) {
        HeaderLayout layout = new HeaderLayout();
        List<int[]> status = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        List<int[]> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            TemplateColumn role = TemplateColumn.recognise(cells.get(i));
            if (role == null) {
                continue;
            }
            dates.add(date(cells.get(i)));
            int[] entry = {i, dates.size() - 1, role.ordinal()};
            switch (role) {
                case STATUS -> status.add(entry);
                case STATUS_CODE -> codes.add(entry);
                case FOLLOW_UP, COMMENT -> texts.add(entry);
                default -> {
                    layout.single.putIfAbsent(role, i);
                    if (role == TemplateColumn.PROBLEM && AreaNames.number(cells.get(i)) > 0) {
                        layout.problemHeader = cells.get(i);
                    }
                }
            }
        }
        if (!layout.single.containsKey(TemplateColumn.MEASURE) || layout.single.size() + status.size() + texts.size() < 2) {
            return null;
        }
        layout.groupFollowUps(status, codes, texts, dates);
        return layout;
    }

    int column(TemplateColumn role) {
        return single.getOrDefault(role, -1);
    }

    private void groupFollowUps(List<int[]> status, List<int[]> codes, List<int[]> texts, List<LocalDate> dates) {
        List<int[]> anchors = status.isEmpty() ? texts.stream().filter(t -> t[2] == TemplateColumn.FOLLOW_UP.ordinal()).toList() : status;
        if (anchors.isEmpty() && !texts.isEmpty()) {
            anchors = List.of(texts.get(0));
        }
        List<List<Integer>> textColumns = new ArrayList<>();
        List<List<TemplateColumn>> textKinds = new ArrayList<>();
        int[] codeColumn = new int[anchors.size()];
        for (int a = 0; a < anchors.size(); a++) {
            textColumns.add(new ArrayList<>());
            textKinds.add(new ArrayList<>());
            codeColumn[a] = -1;
        }
        for (int[] code : codes) {
            codeColumn[nearest(anchors, code, dates)] = code[0];
        }
        for (int[] text : texts) {
            int a = nearest(anchors, text, dates);
            textColumns.get(a).add(text[0]);
            textKinds.get(a).add(TemplateColumn.values()[text[2]]);
        }
        for (int a = 0; a < anchors.size(); a++) {
            int[] anchor = anchors.get(a);
            boolean isStatus = anchor[2] == TemplateColumn.STATUS.ordinal();
            followUps.add(new FollowUpColumns(dates.get(anchor[1]), isStatus ? anchor[0] : -1, codeColumn[a],
                    textColumns.get(a), textKinds.get(a)));
        }
    }

    /** The anchor with the same date, else the nearest by column. */
    private static int nearest(List<int[]> anchors, int[] column, List<LocalDate> dates) {
        LocalDate date = dates.get(column[1]);
        int best = 0;
        for (int a = 0; a < anchors.size(); a++) {
            if (date != null && date.equals(dates.get(anchors.get(a)[1]))) {
                return a;
            }
            if (Math.abs(anchors.get(a)[0] - column[0]) < Math.abs(anchors.get(best)[0] - column[0])) {
                best = a;
            }
        }
        return best;
    }

    /** The follow-up date a header names, or null. */
    static LocalDate date(String header) {
        String s = header == null ? "" : header.toLowerCase(java.util.Locale.ROOT);
        try {
            Matcher m = ISO_DATE.matcher(s);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = TERTIAL.matcher(s)).find()) {
                int year = Integer.parseInt(m.group(2));
                return LocalDate.of(year, Integer.parseInt(m.group(1)) * 4, 1).plusMonths(1).minusDays(1);
            }
            if ((m = YEAR_MONTH.matcher(s)).find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1).plusMonths(1).minusDays(1);
            }
            if ((m = YEAR.matcher(s)).find()) {
                // "VB 2024", "Helår 2024": the year-end report.
                return LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
