package se.platslage.target;

import se.platslage.security.Action;
import se.platslage.security.DistrictRecordPolicy;
import se.platslage.security.RecordPolicy;

/** Who may change a classification target: strateg in its district and admin. */
public final class TargetPolicy {

    public static final RecordPolicy<ClassificationTarget> POLICY = new DistrictRecordPolicy<>(ClassificationTarget::districtCode, Action.EDIT, Action.DELETE);

    private TargetPolicy() {
    }
}
