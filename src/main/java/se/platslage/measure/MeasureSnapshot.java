package se.platslage.measure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What the audit trail keeps of a measure: its properties with police fields (redacted when read by non-police),
 * its own geometry as WKT (EPSG:3006) and its follow-ups.
 */
record MeasureSnapshot(@JsonUnwrapped MeasureProperties properties, String geometry, List<FollowUpView> followUps) {
}
