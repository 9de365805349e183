package se.platslage.problem;

import se.platslage.security.Action;
import se.platslage.security.DistrictRecordPolicy;
import se.platslage.security.RecordPolicy;

/** Who may change a problem (and add measures to it): strateg in its district and admin; police notes: police and admins. */
public final class ProblemPolicy {

    public static final RecordPolicy<Problem> POLICY = new DistrictRecordPolicy<>(p -> p.getPriorityArea().getPlan().getDistrict().getCode(), Action.EDIT, Action.DELETE, Action.POLICE_NOTE);

    private ProblemPolicy() {
    }
}
