package se.platslage.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.platslage.system.Versioned;

/**
 * A place's properties as {@code /api/places} writes them (and, without {@code actions}, as the audit trail keeps
 * them). Sent back as the Feature GET returned, {@code PUT /api/places/{id}} accepts them.
 *
 * @param district     the district's code; {@code districtName} its name
 * @param aliases      other names the plans use for the place
 * @param digitised    how the geometry was drawn
 * @param accuracyM    the stated accuracy of the geometry, metres
 * @param approximate  drawn worse than 30 m, or with no accuracy stated
 * @param actions      what the caller may do with the place (see {@code RecordPolicy}); absent in the audit trail
 */
public record PlaceProperties(Long id, String code, String name, PlaceKind kind, String district,
        String districtName, List<String> aliases, String digitised, Integer accuracyM, boolean approximate,
        String source, Long version, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> actions)
        implements Versioned {

    static PlaceProperties of(Place place) {
        return new PlaceProperties(place.getId(), place.getCode(), place.getName(), place.getKind(),
                place.getDistrict().getCode(), place.getDistrict().getName(),
                place.getAliases() == null ? List.of() : List.of(place.getAliases().split("\\|")),
                place.getDigitised(), place.getAccuracyM(), PlaceAccuracy.approximate(place), place.getSource(),
                place.getVersion(), null);
    }

    PlaceProperties withActions(List<String> offered) {
        return new PlaceProperties(id, code, name, kind, district, districtName, aliases, digitised, accuracyM,
                approximate, source, version, offered);
    }
}
