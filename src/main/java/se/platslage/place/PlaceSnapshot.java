package se.platslage.place;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** What the audit trail keeps of a place: its properties and its geometry as WKT in EPSG:3006. */
record PlaceSnapshot(@JsonUnwrapped PlaceProperties properties, String geometry) {

    static PlaceSnapshot of(Place place) {
        return new PlaceSnapshot(PlaceProperties.of(place),
                place.getGeometry() == null ? null : place.getGeometry().toText());
    }
}
