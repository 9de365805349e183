package se.platslage.district;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.geo.GeoJsonGeometry;

/** The district polygons and the platssamverkan/classified areas as GeoJSON layers. */
@RestController
class DistrictController {

    private final DistrictRepository districts;
    private final AreaRepository areas;

    DistrictController(DistrictRepository districts, AreaRepository areas) {
        this.districts = districts;
        this.areas = areas;
    }

    /** A district's properties in {@code /api/districts}. */
    record DistrictProperties(Long id, String code, String name, String source) {
    }

    /**
     * A platssamverkan or classified area's properties in {@code /api/areas}.
     *
     * @param district the code of the district the area lies in
     */
    record AreaProperties(Long id, String code, String name, String kind, String district, String digitised,
            String source) {
    }

    @GetMapping(path = "/api/districts", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    public FeatureCollection<DistrictProperties> districts() {
        List<Feature<DistrictProperties>> features = districts.findAllByOrderByName().stream()
                .map(d -> new Feature<>(d.getId(), GeoJsonGeometry.ofSweref(d.getGeometry()),
                        new DistrictProperties(d.getId(), d.getCode(), d.getName(), d.getSource())))
                .toList();
        return FeatureCollection.of(features, features.size(), null);
    }

    @GetMapping(path = "/api/areas", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    public FeatureCollection<AreaProperties> areas() {
        List<Feature<AreaProperties>> features = areas.findAllByOrderByName().stream()
                .map(a -> new Feature<>(a.getId(), GeoJsonGeometry.ofSweref(a.getGeometry()),
                        new AreaProperties(a.getId(), a.getCode(), a.getName(), a.getKind(),
                                a.getDistrict().getCode(), a.getDigitised(), a.getSource())))
                .toList();
        return FeatureCollection.of(features, features.size(), null);
    }
}
