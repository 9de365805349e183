package se.platslage.planfile;

/** Something the reader could not take at face value; row is 1-based as Excel shows it, 0 for the whole sheet. */
public record RowWarning(String sheet, int row, WarningKind kind, String message) {

    public RowWarning(String sheet, int row, String message) {
        this(sheet, row, WarningKind.OTHER, message);
    }

    @Override
    public String toString() {
        return row > 0 ? "Fliken \"" + sheet + "\", rad " + row + ": " + message : "Fliken \"" + sheet + "\": " + message;
    }
}
