package se.platslage.plan;

import se.platslage.security.Action;
import se.platslage.security.DistrictRecordPolicy;
import se.platslage.security.RecordPolicy;

/** Who may follow a plan up (meeting, follow-up workbook): strateg in its district and admin. */
public final class PlanPolicy {

    public static final RecordPolicy<Plan> POLICY = new DistrictRecordPolicy<>(p -> p.getDistrict().getCode(), Action.FOLLOW_UP);

    private PlanPolicy() {
    }
}
