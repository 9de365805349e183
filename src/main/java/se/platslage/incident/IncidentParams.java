package se.platslage.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import se.platslage.district.DistrictOutline;
import se.platslage.district.DistrictOutlines;
import se.platslage.geo.BoundingBox;
import se.platslage.system.InvalidInputException;

/**
 * The incident selection as it arrives in a query string, shared by the incident list and every analysis,
 * parsed and checked in one place:
 * <ul>
 *   <li>{@code from}, {@code to}: a date ({@code 2024-05-01}, the start of that day in Swedish time), a
 *       year-month or a date-time with or without offset; from included, to excluded.</li>
 *   <li>{@code type}: an exact incident type; repeat the parameter for several ({@code type=Rån&type=Stöld}).
 *       Not split on commas: polisen.se types contain them ("Mord/dråp, försök").</li>
 *   <li>{@code bbox}: minLon,minLat,maxLon,maxLat (WGS84), as in the other lists.</li>
 *   <li>{@code data}: {@code real} (default) or {@code synthetic}; never both.</li>
 *   <li>{@code includeImprecise}: also incidents located at an area's centre (polisen.se); default false.</li>
 *   <li>{@code source}: only this source ({@code data.police.uk}).</li>
 *   <li>{@code district}: a district code ({@code hasselby-vallingby}): only incidents inside its polygon,
 *       and the analyses' study area. With {@code bbox} too, the study area is their intersection.</li>
 * </ul>
 *
 * @param district the district named, or null
 * @param studyArea the district's polygon, clipped to the bbox when both are given; null without a district
 */
public record IncidentParams(Instant from, Instant to, Set<String> types, Geometry bbox, boolean synthetic,
        boolean includeImprecise, String source, DistrictOutline district, Geometry studyArea) {

    private static final int MAX_TYPES = 50;

    public static IncidentParams of(HttpServletRequest request, DistrictOutlines districts) {
        Instant from = time(request.getParameter("from"), "from");
        Instant to = time(request.getParameter("to"), "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from (from is included, to excluded)");
        }
        String[] typeValues = request.getParameterValues("type");
        Set<String> types = new LinkedHashSet<>();
        if (typeValues != null) {
            Arrays.stream(typeValues).filter(t -> !t.isBlank()).map(String::trim).forEach(types::add);
        }
        if (types.size() > MAX_TYPES) {
            throw new InvalidInputException("type", "at most " + MAX_TYPES + " types");
        }
        String data = request.getParameter("data");
        boolean synthetic;
        if (data == null || data.isBlank() || data.trim().equalsIgnoreCase("real")) {
            synthetic = false;
        } else if (data.trim().equalsIgnoreCase("synthetic")) {
            synthetic = true;
        } else {
            throw new InvalidInputException("data", "unknown value '" + data + "'; expected real or synthetic");
        }
        String source = request.getParameter("source");
        boolean imprecise = bool(request.getParameter("includeImprecise"), "includeImprecise");
        Geometry bbox = BoundingBox.parse(request.getParameter("bbox"));
        String code = request.getParameter("district");
        DistrictOutline district = code == null || code.isBlank() ? null : districts.require(code.trim(), "district");
        Geometry studyArea = null;
        if (district != null) {
            // the bbox's envelope, as the SQL uses it, so that the study area and the selection agree
            studyArea = bbox == null ? district.geometry()
                    : district.geometry().intersection(district.geometry().getFactory().toGeometry(bbox.getEnvelopeInternal()));
            if (studyArea.isEmpty()) {
                throw new InvalidInputException("bbox", "does not overlap the district " + district.name()
                        + ": the study area would be empty");
            }
        }
        return new IncidentParams(from, to, types, bbox, synthetic, imprecise,
                source == null || source.isBlank() ? null : source.trim(), district, studyArea);
    }

    public IncidentSelection selection() {
        return new IncidentSelection(from, to, types, envelope(), synthetic, includeImprecise, source,
                district == null ? null : district.code());
    }

    /** The SWEREF 99 TM envelope of the study area, else of the bbox, or null. */
    public Envelope envelope() {
        if (studyArea != null) {
            return studyArea.getEnvelopeInternal();
        }
        return bbox == null ? null : bbox.getEnvelopeInternal();
    }

    public static Instant time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return IncidentTimes.parse(text).instant();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    public static boolean bool(String text, String field) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "'" + text + "' is not true or false");
        };
    }
}
