package se.platslage.district;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DistrictRepository extends JpaRepository<District, Long> {

    Optional<District> findByCode(String code);

    List<District> findAllByOrderByName();

    /** The districts whose polygon contains the geometry (EPSG:3006); used to place a new place in its district. */
    @Query("select d from District d where st_contains(d.geometry, :geometry)")
    List<District> findContaining(@Param("geometry") Geometry geometry);
}
