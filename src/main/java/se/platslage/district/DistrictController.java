package se.platslage.district;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.geo.Features;

/** The district polygons and the platssamverkan/classified areas as GeoJSON layers. */
@RestController
class DistrictController {

    private final DistrictRepository districts;
    private final AreaRepository areas;

    DistrictController(DistrictRepository districts, AreaRepository areas) {
        this.districts = districts;
        this.areas = areas;
    }

    @GetMapping(path = "/api/districts", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    public Map<String, Object> districts() {
        List<Map<String, Object>> features = districts.findAllByOrderByName().stream().map(d -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", d.getId());
            p.put("code", d.getCode());
            p.put("name", d.getName());
            p.put("source", d.getSource());
            return Features.feature(d.getId(), d.getGeometry(), p);
        }).toList();
        return Features.collection(features, features.size(), null);
    }

    @GetMapping(path = "/api/areas", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    public Map<String, Object> areas() {
        List<Map<String, Object>> features = areas.findAllByOrderByName().stream().map(a -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", a.getId());
            p.put("code", a.getCode());
            p.put("name", a.getName());
            p.put("kind", a.getKind());
            p.put("district", a.getDistrict().getCode());
            p.put("digitised", a.getDigitised());
            p.put("source", a.getSource());
            return Features.feature(a.getId(), a.getGeometry(), p);
        }).toList();
        return Features.collection(features, features.size(), null);
    }
}
