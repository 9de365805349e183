package se.platslage.planfile;

/**
 * The workbook cannot be read at all (not an xlsx, encrypted, too large, a formula in a row, no header);
 * the message is for the person who uploaded it and names the sheet and row where there is one.
 */
public class PlanFileException extends RuntimeException {

    public PlanFileException(String message) {
        super(message);
    }

    public PlanFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
