package se.platslage.place;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.platslage.system.InvalidInputException;

/** Resolves place ids named in a request body; an unknown id is a mistake in that field. */
@Component
public class PlaceLookup {

    private final PlaceRepository places;

    PlaceLookup(PlaceRepository places) {
        this.places = places;
    }

    public Set<Place> require(List<Long> ids, String field) {
        Set<Place> found = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String at = field + "[" + i + "]";
            if (id == null) {
                throw new InvalidInputException(at, "must be a place id");
            }
            found.add(places.findById(id)
                    .orElseThrow(() -> new InvalidInputException(at, "place " + id + " does not exist")));
        }
        return found;
    }
}
