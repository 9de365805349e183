package se.platslage.security;

import java.util.function.Function;

/**
 * The rule for records that belong to one district (places, problems, targets, plans): strateg assigned
 * to the district, or admin, edit and delete them; police and admins write police notes where the record
 * has one.
 */
public class DistrictRecordPolicy<T> extends RecordPolicy<T> {

    private final Function<T, String> district;

    public DistrictRecordPolicy(Function<T, String> district, Action... applicable) {
        super(applicable);
        this.district = district;
    }

    @Override
    public boolean allows(Actor actor, T record, Action action) {
        return switch (action) {
            case EDIT, DELETE, FOLLOW_UP -> actor.editsDistrict(district.apply(record));
            case POLICE_NOTE -> actor.seesPoliceFields();
            default -> false;
        };
    }

    @Override
    protected String whoMay(Action action) {
        return action == Action.POLICE_NOTE ? "police notes are written by police and admins"
                : "changing records of a district needs the strateg role assigned to that district, or admin";
    }
}
