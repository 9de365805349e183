package se.platslage.place;

import se.platslage.security.Action;
import se.platslage.security.DistrictRecordPolicy;
import se.platslage.security.RecordPolicy;

/** Who may change a place: strateg in its district and admin. */
public final class PlacePolicy {

    public static final RecordPolicy<Place> POLICY = new DistrictRecordPolicy<>(p -> p.getDistrict().getCode(), Action.EDIT, Action.DELETE);

    private PlacePolicy() {
    }
}
