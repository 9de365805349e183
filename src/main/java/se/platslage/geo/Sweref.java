package se.platslage.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms between WGS84 (EPSG:4326, axis order lon,lat as in GeoJSON, RFC 7946 §3.1.1) and
 * SWEREF 99 TM (EPSG:3006, x = easting, y = northing, metres), the CRS everything is stored in.
 *
 * IMPLEMENTATION NOTE: proj4j with the proj4j-epsg definitions agrees with PROJ/PostGIS to well under a
 * millimetre for EPSG:3006, so transforming in Java and in the database give the same coordinates.
 * Transforms are not thread-safe in proj4j; each call makes its own (cheap) instance.
 */
public final class Sweref {

    public static final int SRID = 3006;
    public static final int WGS84_SRID = 4326;

    /** EPSG:3006's area of use, lon/lat degrees: outside it the projection is meaningless. */
    public static final Envelope AREA_OF_USE_WGS84 = new Envelope(10.03, 24.17, 54.96, 69.07);

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);
    public static final GeometryFactory WGS84_FACTORY = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final org.locationtech.proj4j.CoordinateReferenceSystem WGS84 =
            CRS_FACTORY.createFromName("EPSG:4326");
    private static final org.locationtech.proj4j.CoordinateReferenceSystem SWEREF99TM =
            CRS_FACTORY.createFromName("EPSG:3006");

    private Sweref() {
    }

    /** A lon/lat geometry (any SRID stamp) as a new SWEREF 99 TM geometry with SRID 3006. */
    public static Geometry fromWgs84(Geometry lonLat) {
        return transform(lonLat, new BasicCoordinateTransform(WGS84, SWEREF99TM), FACTORY);
    }

    /** A SWEREF 99 TM geometry as a new lon/lat geometry with SRID 4326. */
    public static Geometry toWgs84(Geometry sweref) {
        return transform(sweref, new BasicCoordinateTransform(SWEREF99TM, WGS84), WGS84_FACTORY);
    }

    private static Geometry transform(Geometry source, CoordinateTransform transform, GeometryFactory target) {
        Geometry copy = target.createGeometry(source);
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, Coordinate.X, out.x);
                seq.setOrdinate(i, Coordinate.Y, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(target.getSRID());
        return copy;
    }
}
