package se.platslage.planfile;

import java.util.List;

/** A prioritised area (one sheet): 1..5 the SÖK's areas, 6 and up the district's own. */
public record PlanArea(int number, String name, List<PlanProblem> problems) {
}
