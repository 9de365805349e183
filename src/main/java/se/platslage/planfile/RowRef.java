package se.platslage.planfile;

/** Where a problem or measure was read: the sheet and its row (1-based, as Excel shows it). */
public record RowRef(String sheet, int row) {
}
