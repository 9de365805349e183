package se.platslage.planfile;

import java.util.List;

/** A problem at a place or in a group ("Prioriterat samverkansområde / problem"); places are place ids. */
public record PlanProblem(
        String ref,
        String description,
        List<String> places,
        String targetGroup,
        String timePattern,
        List<PlanCause> causes) {
}
