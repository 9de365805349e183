package se.platslage.system;

/** A response body that carries its record's version, which {@link Versions#withEtag} sends as the ETag. */
public interface Versioned {

    /** The record's version, or null when the body has none. */
    Long version();
}
