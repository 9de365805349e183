package se.platslage.planfile;

/** One row of the "Sammanställning" table: problems, causes and measures of one prioritised area. */
public record SummaryTableRow(int area, int problems, int causes, int measures) {
}
