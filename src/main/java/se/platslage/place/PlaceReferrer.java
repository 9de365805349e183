package se.platslage.place;

/**
 * A feature whose records name places (problems, measures, targets). A place named by any of them is not
 * deleted. The features above implement this (their repositories do), so the place package need not know
 * them: the dependency points up the layers only through this interface.
 */
public interface PlaceReferrer {

    /** True when a record of this feature, deleted or not, names the place. */
    boolean refersTo(Place place);
}
