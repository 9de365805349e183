package se.platslage.planfile;

import java.time.LocalDate;

/** A police classification with a target ("Mål: Hässelby torg ska inte vara en ÖDS 2030"); place/area are ids. */
public record PlanTarget(String kind, String place, String area, LocalDate since, Integer targetYear, String notes) {
}
