package se.platslage.district;

import org.locationtech.jts.geom.Geometry;

/** A district as a study area: its code, its name and its polygon (EPSG:3006). */
public record DistrictOutline(String code, String name, Geometry geometry) {
}
