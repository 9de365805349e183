package se.platslage.system;

/** A client mistake in one named field of a request: becomes a 400 problem+json naming the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
