package se.platslage.place;

/**
 * The accuracy plan geometries are held to: within about 30 m of where the place really is. A place drawn
 * worse than that, or whose accuracy nobody stated, is approximate: the map shows it as such and the
 * strategist's list of positions to check offers it for correction.
 */
public final class PlaceAccuracy {

    public static final int TARGET_M = 30;

    private PlaceAccuracy() {
    }

    static boolean approximate(Place place) {
        return place.getGeometry() != null && (place.getAccuracyM() == null || place.getAccuracyM() > TARGET_M);
    }
}
