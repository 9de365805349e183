package se.platslage.system;

/** An update without the version it was made from: 428 Precondition Required (RFC 6585). */
public class PreconditionRequiredException extends InvalidInputException {

    public PreconditionRequiredException(String field, String message) {
        super(field, message);
    }
}
