package se.platslage.importing;

/** geodata/ holds something the loader cannot use; the message names the file and record. */
public class GeodataException extends RuntimeException {

    public GeodataException(String message) {
        super(message);
    }

    public GeodataException(String message, Throwable cause) {
        super(message, cause);
    }
}
