package se.platslage.exporting;

import org.apache.poi.ss.usermodel.Workbook;
import se.platslage.plan.Plan;

/**
 * More sheets for a plan's follow-up workbook ({@code GET /api/plans/{id}/follow-up.xlsx}) from another feature
 * (the safety walks of the plan's district and year). Called after the template's own sheets are written; it
 * adds sheets and never changes the template's.
 */
public interface FollowUpSheet {

    void addTo(Workbook workbook, Plan plan);
}
