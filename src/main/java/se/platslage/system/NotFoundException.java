package se.platslage.system;

/** A record named in the path or body does not exist: becomes a 404 (or a 400 when named in a body field). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " finns inte / does not exist");
    }
}
