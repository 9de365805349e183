package se.platslage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import se.platslage.system.InvalidInputException;

class BoundingBoxTest {

    @Test
    void projectsABoxAroundHasselbyTorgToSweref() {
        Geometry box = BoundingBox.parse("17.84,59.36,17.85,59.37");

        assertThat(box.getSRID()).isEqualTo(3006);
        // Hässelby torg in SWEREF 99 TM is E 661 584, N 6 584 414 (PostGIS ST_Transform).
        Geometry torg = Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(17.8434, 59.3674)));
        assertThat(box.contains(torg)).isTrue();
        assertThat(torg.getCoordinate().x).isBetween(661_500.0, 661_700.0);
        assertThat(torg.getCoordinate().y).isBetween(6_584_300.0, 6_584_500.0);
    }

    @Test
    void clampsABoxReachingOutsideSwedenInsteadOfProjectingToInfinity() {
        Geometry box = BoundingBox.parse("-180,-90,180,90");

        assertThat(Double.isFinite(box.getEnvelopeInternal().getMaxX())).isTrue();
        assertThat(Double.isFinite(box.getEnvelopeInternal().getMaxY())).isTrue();
    }

    @Test
    void rejectsABoxEntirelyOutsideSweden() {
        assertThatThrownBy(() -> BoundingBox.parse("-10,40,-9,41"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside Sweden");
    }

    @Test
    void rejectsMinimumAboveMaximum() {
        assertThatThrownBy(() -> BoundingBox.parse("18,60,17,59"))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("bbox");
    }

    @Test
    void rejectsTextAndWrongCount() {
        assertThatThrownBy(() -> BoundingBox.parse("17,59,18")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BoundingBox.parse("17,59,18,x' OR 1=1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BoundingBox.parse("17,59,NaN,60")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void absentIsNoFilter() {
        assertThat(BoundingBox.parse(null)).isNull();
        assertThat(BoundingBox.parse(" ")).isNull();
    }
}
