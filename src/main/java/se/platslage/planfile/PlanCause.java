package se.platslage.planfile;

import java.util.List;

/** A cause from the causal analysis ("Orsak") and the measures tied to it. */
public record PlanCause(String description, List<PlanMeasure> measures) {
}
