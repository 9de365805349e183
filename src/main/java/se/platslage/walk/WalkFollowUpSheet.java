package se.platslage.walk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.exporting.FollowUpSheet;
import se.platslage.geo.Sweref;
import se.platslage.plan.Plan;
import se.platslage.security.CurrentActor;

/**
 * The plan's follow-up workbook gets a sheet "Trygghetsvandringar": every observation of the district's walks in
 * the plan's year, with its rating, text (police-only texts for police only), position and what it became, so
 * the follow-up meeting has the walks' findings next to the measures.
 */
@Component
class WalkFollowUpSheet implements FollowUpSheet {

    static final String SHEET = "Trygghetsvandringar";
    static final List<String> COLUMNS = List.of("Datum", "Vandring", "Plats", "Parameter", "Betyg (0–3)", "Observation",
            "Longitud (WGS84)", "Latitud (WGS84)", "Noggrannhet (m)", "Foton", "Problem-id", "Åtgärds-id", "Registrerad av");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WalkRepository walks;
    private final ObservationRepository observations;
    private final WalkService walkService;
    private final se.platslage.photo.Photos photos;
    private final CurrentActor current;

    WalkFollowUpSheet(WalkRepository walks, ObservationRepository observations, WalkService walkService,
            se.platslage.photo.Photos photos, CurrentActor current) {
        this.walks = walks;
        this.observations = observations;
        this.walkService = walkService;
        this.photos = photos;
        this.current = current;
    }

    @Override
    @Transactional(readOnly = true)
    public void addTo(Workbook workbook, Plan plan) {
        boolean police = current.get().seesPoliceFields();
        Sheet sheet = workbook.createSheet(SHEET);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(COLUMNS.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (Walk walk : walks.findInDistrict(plan.getDistrict().getCode())) {
            if (walk.getStartsAt().atZone(STOCKHOLM).getYear() != plan.getYear()) {
                continue;
            }
            List<ChecklistItem> checklist = walkService.checklist(walk);
            List<Observation> found = observations.findByWalkOrderByObservedAtAscIdAsc(walk);
            var pictures = photos.of(ObservationService.OWNER_TYPE, found.stream().map(Observation::getId).toList());
            for (Observation o : found) {
                Row row = sheet.createRow(r++);
                Point lonLat = (Point) Sweref.toWgs84(o.getPosition());
                row.createCell(0).setCellValue(DATE_TIME.format(o.getObservedAt().atZone(STOCKHOLM)));
                row.createCell(1).setCellValue(walk.getTitle());
                row.createCell(2).setCellValue(o.getPlace() == null ? "" : o.getPlace().getName());
                row.createCell(3).setCellValue(o.getParameter() == null ? "" : checklist.stream()
                        .filter(i -> i.code().equals(o.getParameter())).map(ChecklistItem::label).findFirst()
                        .orElse(o.getParameter()));
                if (o.getRating() != null) {
                    row.createCell(4).setCellValue(o.getRating());
                }
                row.createCell(5).setCellValue(o.isRestricted() && !police ? "(begränsad: endast polis)"
                        : o.getNote() == null ? "" : o.getNote());
                row.createCell(6).setCellValue(lonLat.getX());
                row.createCell(7).setCellValue(lonLat.getY());
                if (o.getAccuracyMeters() != null) {
                    row.createCell(8).setCellValue(o.getAccuracyMeters());
                }
                row.createCell(9).setCellValue(pictures.getOrDefault(o.getId(), List.of()).size());
                if (o.getProblemId() != null) {
                    row.createCell(10).setCellValue(o.getProblemId());
                }
                if (o.getMeasureId() != null) {
                    row.createCell(11).setCellValue(o.getMeasureId());
                }
                row.createCell(12).setCellValue(o.getRecordedBy());
            }
        }
    }
}
