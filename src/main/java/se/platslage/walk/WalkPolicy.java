package se.platslage.walk;

import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.RecordPolicy;

/**
 * Who may do what to a safety walk (README, "Roles"):
 * <ul>
 *   <li>edit, delete, and turn its observations into problems and measures: strateg in the walk's district,
 *       admin;</li>
 *   <li>observe (record observations and their photos during the walk): strateg in the district, admin,
 *       parkingenjör, polis; police and admins may mark an observation police-only.</li>
 * </ul>
 * Every signed-in user reads walks; police-only observations lose their text and photos for the others.
 */
public final class WalkPolicy extends RecordPolicy<Walk> {

    public static final WalkPolicy POLICY = new WalkPolicy();

    private WalkPolicy() {
        super(Action.EDIT, Action.DELETE, Action.OBSERVE, Action.RESTRICTED_OBSERVATION);
    }

    @Override
    public boolean allows(Actor actor, Walk walk, Action action) {
        return switch (action) {
            case EDIT, DELETE -> actor.editsDistrict(walk.getDistrict().getCode());
            case OBSERVE -> mayObserve(actor, walk);
            // A police-only observation: as for follow-ups, whoever observes and sees police fields.
            case RESTRICTED_OBSERVATION -> mayObserve(actor, walk) && actor.seesPoliceFields();
            default -> false;
        };
    }

    @Override
    protected String whoMay(Action action) {
        return switch (action) {
            case OBSERVE -> "observations are recorded by strateg in the walk's district, parkingenjör, polis or admin";
            case RESTRICTED_OBSERVATION -> "only police and admins mark observations police-only";
            default -> "changing a walk needs the strateg role assigned to its district, or admin";
        };
    }

    private static boolean mayObserve(Actor actor, Walk walk) {
        return switch (actor.role()) {
            case ADMIN, PARKINGENJOR, POLIS -> true;
            case STRATEG -> actor.editsDistrict(walk.getDistrict().getCode());
            case LASARE -> false;
        };
    }
}
