package se.platslage.system;

/** A request part above its size limit (a photo): 413 problem+json naming the field. */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
