package se.platslage.incident;

import java.io.IOException;
import java.io.Reader;

/**
 * data.police.uk street-level crime CSV: {@code Crime ID, Month, Reported by, Falls within, Longitude,
 * Latitude, Location, LSOA code, LSOA name, Crime type, Last outcome category, Context}.
 *
 * <p>What the format means, per data.police.uk's "About" page: the month is all the time there is (stored
 * as the month's first day, precision "month"); the point is snapped to an anonymising map point near
 * the crime (precision "snapped": fine for grids of 100 m and more); anti-social behaviour rows have no
 * Crime ID and one Crime ID may stand for several records (see {@link RecordIdentity}); rows with "No location" have no coordinates and
 * are reported. Points are projected to SWEREF 99 TM like everything else (see
 * {@link IncidentCoordinates#lonLat}).
 */
final class PoliceUkReader implements IncidentReader {

    @Override
    public ReadResult read(Reader reader) throws IOException {
        CsvRecords records = new CsvRecords(reader, ',');
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new se.platslage.system.InvalidInputException("file", "the file is empty");
        }
        CsvHeader header = new CsvHeader(first.fields());
        int id = header.require("Crime ID", "Crime ID");
        int month = header.require("Month", "Month");
        int lon = header.require("Longitude", "Longitude");
        int lat = header.require("Latitude", "Latitude");
        int type = header.require("Crime type", "Crime type");
        int location = header.find("location");
        int context = header.find("context");

        return records.readAll(header.size(), MAX_ROWS, (line, f) -> {
            if (CsvHeader.field(f, lon) == null && CsvHeader.field(f, lat) == null) {
                throw new IllegalArgumentException("no location (Longitude and Latitude are empty)");
            }
            double[] xy = IncidentCoordinates.lonLat(IncidentCoordinates.number(f.get(lon), "Longitude"),
                    IncidentCoordinates.number(f.get(lat), "Latitude"), false);
            String monthText = CsvHeader.field(f, month);
            if (monthText == null || !monthText.matches("\\d{4}-\\d{2}")) {
                throw new IllegalArgumentException("Month '" + (monthText == null ? "" : monthText)
                        + "' is not a year-month like 2024-01");
            }
            IncidentTimes.Parsed when = IncidentTimes.parse(monthText);
            String kind = CsvHeader.field(f, type);
            if (kind == null) {
                throw new IllegalArgumentException("Crime type is empty");
            }
            String crimeId = CsvHeader.field(f, id);
            return new ParsedIncident(line, CsvHeader.externalId(crimeId), RecordIdentity.rowDigest(f),
                    xy[0], xy[1], when.instant(), when.precision(), CsvHeader.truncate(kind, 200),
                    ParsedIncident.SNAPPED, CsvHeader.truncate(CsvHeader.field(f, location), 300),
                    CsvHeader.truncate(CsvHeader.field(f, context), 2000));
        });
    }
}
