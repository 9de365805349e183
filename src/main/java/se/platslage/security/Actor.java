package se.platslage.security;

import java.util.Locale;
import java.util.Set;

/**
 * The signed-in user as the rest of the application sees it, however they signed in (form, HTTP Basic,
 * API token or single sign-on).
 */
public record Actor(String username, String displayName, Role role, Set<String> districts, String responsibleRole) {

    /** Police-only fields: police and admins. */
    public boolean seesPoliceFields() {
        return role == Role.ADMIN || role == Role.POLIS;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Plans, places, problems, measures and targets of a district. */
    public boolean editsDistrict(String districtCode) {
        return role == Role.ADMIN || (role == Role.STRATEG && districts.contains(districtCode));
    }

    /** A measure is a park engineer's when it is assigned to the account or its "Vem" names their role. */
    public boolean isAssigned(String assignee, String responsible) {
        if (assignee != null && assignee.equalsIgnoreCase(username)) {
            return true;
        }
        return responsibleRole != null && responsible != null
                && responsible.toLowerCase(Locale.ROOT).contains(responsibleRole.toLowerCase(Locale.ROOT));
    }
}
