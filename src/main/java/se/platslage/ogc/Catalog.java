package se.platslage.ogc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the OGC API serves, without saying how it is stored. Features are GeoJSON maps (CRS84 lon/lat) as the
 * signed-in user may see them: police-only properties only for police and admins.
 */
interface Catalog {

    /** A collection's description; {@code temporal} says whether {@code datetime} applies to it. */
    record Collection(String id, String title, String description, boolean temporal) {
    }

    record Items(List<Map<String, Object>> features, long numberMatched) {
    }

    /** The first and the last day a temporal collection's features cover; null where none is known. */
    record TimeExtent(LocalDate first, LocalDate last) {
    }

    List<Collection> collections();

    /** Empty when there is no collection {@code id}. */
    Optional<Collection> collection(String id);

    /** The page of features of an existing collection that match the query. */
    Items items(Collection collection, FeatureQuery query);

    /** Empty when the collection has no feature {@code fid} (or the fid is not one of ours). */
    Optional<Map<String, Object>> item(Collection collection, String fid);

    /** The time a temporal collection's features cover. */
    TimeExtent timeExtent(Collection collection);

    /** lon/lat extent of everything: minLon, minLat, maxLon, maxLat. */
    double[] extent();
}
