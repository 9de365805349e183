package se.platslage.planfile;

/** One row of the "Sammanställning" table: problems, causes and measures of one prioritised area. */
public record AreaCounts(int area, int problems, int causes, int measures) {
}
