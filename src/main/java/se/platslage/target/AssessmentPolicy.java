package se.platslage.target;

import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.RecordPolicy;
import se.platslage.security.Role;

/**
 * Who may assess a target (issue 11):
 * <ul>
 *   <li>a police classification (ÖDS, utsatt, särskilt utsatt, riskområde): polis and admin only; the
 *       classification is the police's, not the district's;</li>
 *   <li>the plan's own place goal: strateg in the target's district, and admin;</li>
 *   <li>police-only indicators and a police note: whoever may assess and sees police fields.</li>
 * </ul>
 */
public final class AssessmentPolicy extends RecordPolicy<ClassificationTarget> {

    public static final AssessmentPolicy POLICY = new AssessmentPolicy();

    private AssessmentPolicy() {
        super(Action.ASSESS, Action.RESTRICTED_ASSESS);
    }

    @Override
    public boolean allows(Actor actor, ClassificationTarget target, Action action) {
        return switch (action) {
            case ASSESS -> mayAssess(actor, target);
            case RESTRICTED_ASSESS -> mayAssess(actor, target) && actor.seesPoliceFields();
            default -> false;
        };
    }

    @Override
    protected String whoMay(Action action) {
        return action == Action.RESTRICTED_ASSESS
                ? "police-only indicators and notes are written by police and admins, on targets they may assess"
                : "a police classification (ÖDS, utsatt område) is assessed by polis and admin; "
                        + "the plan's own goal by strateg in its district and admin";
    }

    private static boolean mayAssess(Actor actor, ClassificationTarget target) {
        if (target.getKind().isPoliceClassification()) {
            return actor.role() == Role.POLIS || actor.role() == Role.ADMIN;
        }
        return actor.editsDistrict(target.districtCode());
    }
}
