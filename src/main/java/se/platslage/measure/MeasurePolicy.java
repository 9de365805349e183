package se.platslage.measure;

import java.util.Locale;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.RecordPolicy;
import se.platslage.security.Role;
import se.platslage.vocabulary.MeasureCategory;

/**
 * Who may do what to a measure (README, "Roles"):
 * <ul>
 *   <li>edit, delete: strateg in the measure's district, admin;</li>
 *   <li>follow up: admin; strateg in its district; the park engineer it is assigned to; police on a police
 *       measure ({@link #isPoliceMeasure});</li>
 *   <li>restricted follow-up (text only police read): whoever may follow up and sees police fields;</li>
 *   <li>progress: strateg in its district, admin, the park engineer it is assigned to;</li>
 *   <li>police note: police and admins, on any measure.</li>
 * </ul>
 */
public final class MeasurePolicy extends RecordPolicy<Measure> {

    public static final MeasurePolicy POLICY = new MeasurePolicy();

    private MeasurePolicy() {
        super(Action.EDIT, Action.DELETE, Action.FOLLOW_UP, Action.RESTRICTED_FOLLOW_UP, Action.PROGRESS,
                Action.POLICE_NOTE);
    }

    @Override
    public boolean allows(Actor actor, Measure measure, Action action) {
        return switch (action) {
            case EDIT, DELETE -> actor.editsDistrict(district(measure));
            case FOLLOW_UP -> mayFollowUp(actor, measure);
            case RESTRICTED_FOLLOW_UP -> mayFollowUp(actor, measure) && actor.seesPoliceFields();
            case PROGRESS -> actor.editsDistrict(district(measure)) || (actor.role() == Role.PARKINGENJOR
                    && actor.isAssigned(measure.getAssignee(), measure.getResponsible()));
            case POLICE_NOTE -> actor.seesPoliceFields();
            default -> false;
        };
    }

    @Override
    protected String whoMay(Action action) {
        return switch (action) {
            case FOLLOW_UP -> "following up this measure needs admin, strateg in its district, the park engineer "
                    + "it is assigned to, or police on a police measure";
            case RESTRICTED_FOLLOW_UP -> "only police and admins mark notes restricted, on measures they may follow up";
            case PROGRESS -> "progress is reported by the park engineer the measure is assigned to, strateg or admin";
            case POLICE_NOTE -> "police notes are written by police and admins";
            default -> "changing a measure needs the strateg role assigned to its district, or admin";
        };
    }

    private static boolean mayFollowUp(Actor actor, Measure measure) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case STRATEG -> actor.editsDistrict(district(measure));
            case PARKINGENJOR -> actor.isAssigned(measure.getAssignee(), measure.getResponsible());
            case POLIS -> isPoliceMeasure(measure);
            case LASARE -> false;
        };
    }

    /**
     * A police measure: category police, or the police named as responsible ("Lpo Vällingby", "Polisen"):
     * the plans often combine social and police work in one measure row.
     */
    static boolean isPoliceMeasure(Measure measure) {
        String responsible = measure.getResponsible() == null ? "" : measure.getResponsible().toLowerCase(Locale.ROOT);
        return measure.getCategory() == MeasureCategory.POLICE || responsible.contains("lpo")
                || responsible.contains("polis");
    }

    static String district(Measure measure) {
        return measure.getProblem().getPriorityArea().getPlan().getDistrict().getCode();
    }
}
