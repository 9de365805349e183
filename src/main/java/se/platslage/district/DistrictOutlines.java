package se.platslage.district;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.system.InvalidInputException;

/** Looks up a district named in a request, for the parameter of that name. */
@Component
public class DistrictOutlines {

    private static final int MAX_ECHOED = 60;

    private final DistrictRepository districts;

    DistrictOutlines(DistrictRepository districts) {
        this.districts = districts;
    }

    /** The first district whose polygon contains the point (EPSG:3006), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<DistrictOutline> containing(org.locationtech.jts.geom.Point point) {
        return districts.findContaining(point).stream().findFirst()
                .map(d -> new DistrictOutline(d.getCode(), d.getName(), d.getGeometry()));
    }

    /** The district with this code; an unknown code is the client's mistake in {@code field}. */
    @Transactional(readOnly = true)
    public DistrictOutline require(String code, String field) {
        return districts.findByCode(code).map(d -> new DistrictOutline(d.getCode(), d.getName(), d.getGeometry()))
                .orElseThrow(() -> new InvalidInputException(field, "unknown district '"
                        + (code.length() > MAX_ECHOED ? code.substring(0, MAX_ECHOED) + "…" : code)
                        + "'; known: " + districts.findAllByOrderByName().stream().map(District::getCode)
                                .collect(Collectors.joining(", "))));
    }
}
