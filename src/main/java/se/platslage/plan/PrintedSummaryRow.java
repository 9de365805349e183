package se.platslage.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the "Sammanställning" table as the plan itself prints it, kept to check our own counts against. */
@Embeddable
public record PrintedSummaryRow(
        @Column(name = "area_number") int areaNumber,
        int problems,
        int causes,
        int measures) {
}
