package se.platslage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class SwerefTest {

    /**
     * Reference values from PostGIS 3.3 / PROJ ({@code ST_Transform(ST_SetSRID(ST_MakePoint(18.07194, 59.315),
     * 4326), 3006)}) for Medborgarplatsen: E 674 835.239, N 6 579 160.475.
     */
    @Test
    void agreesWithProjForAStockholmPoint() {
        Geometry p = Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(18.07194, 59.315)));

        assertThat(p.getSRID()).isEqualTo(3006);
        assertThat(p.getCoordinate().x).isCloseTo(674_835.239, within(0.001));
        assertThat(p.getCoordinate().y).isCloseTo(6_579_160.475, within(0.001));
    }

    @Test
    void roundTripsToWithinAMillimetre() {
        Coordinate original = new Coordinate(17.843448, 59.367398);
        Geometry back = Sweref.toWgs84(Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(original)));

        assertThat(back.getSRID()).isEqualTo(4326);
        // 1e-8 degrees is about a millimetre.
        assertThat(back.getCoordinate().x).isCloseTo(original.x, within(1e-8));
        assertThat(back.getCoordinate().y).isCloseTo(original.y, within(1e-8));
    }
}
