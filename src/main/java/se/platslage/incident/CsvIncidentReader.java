package se.platslage.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import se.platslage.system.InvalidInputException;

/**
 * The plain CSV format. The header decides the coordinates: {@code lon,lat} (WGS84 degrees; also
 * {@code lng}, {@code longitude}, {@code latitude}) or {@code x,y} (SWEREF 99 TM metres, x = easting;
 * also {@code e,n}, {@code easting,northing}). Also required: a time ({@code timestamp}, {@code time},
 * {@code datetime}, {@code occurred_at}, {@code date}, {@code tid}, {@code datum}; see
 * {@link IncidentTimes}) and a type ({@code type}, {@code category}, {@code crime_type}, {@code typ},
 * {@code brottstyp}). Optional: {@code id} (what makes rows the same record: {@link RecordIdentity}), {@code location},
 * {@code description}. Comma or semicolon separated (a decimal comma is fine with semicolons); UTF-8.
 */
final class CsvIncidentReader implements IncidentReader {

    @Override
    public ReadResult read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        in.mark(64 * 1024);
        String headerLine = in.readLine();
        if (headerLine == null) {
            throw new InvalidInputException("file", "the file is empty");
        }
        in.reset();
        CsvRecords records = new CsvRecords(in, CsvRecords.delimiterOf(headerLine));
        CsvHeader header = new CsvHeader(records.next().fields());
        int lon = header.find("lon", "lng", "long", "longitude", "wgs84_lon");
        int lat = header.find("lat", "latitude", "wgs84_lat");
        int x = header.find("x", "e", "easting", "east", "sweref_x", "x_sweref");
        int y = header.find("y", "n", "northing", "north", "sweref_y", "y_sweref");
        boolean wgs84 = lon >= 0 && lat >= 0;
        boolean sweref = x >= 0 && y >= 0;
        if (wgs84 == sweref) {
            throw new InvalidInputException("file", wgs84
                    ? "the header has both lon/lat and x/y columns: keep one pair"
                    : "the header needs lon,lat (WGS84) or x,y (SWEREF 99 TM) columns");
        }
        int time = header.require("time", "timestamp", "time", "datetime", "date_time", "occurred_at", "date", "tid",
                "datum");
        int type = header.require("type", "type", "category", "crime_type", "typ", "brottstyp");
        int id = header.find("id", "external_id", "incident_id");
        int location = header.find("location", "location_name", "plats");
        int description = header.find("description", "summary", "beskrivning");

        return records.readAll(header.size(), MAX_ROWS, (line, f) -> {
            double[] xy = wgs84
                    ? IncidentCoordinates.lonLat(IncidentCoordinates.number(f.get(lon), "lon"),
                            IncidentCoordinates.number(f.get(lat), "lat"), true)
                    : IncidentCoordinates.sweref(IncidentCoordinates.number(f.get(x), "x"),
                            IncidentCoordinates.number(f.get(y), "y"));
            IncidentTimes.Parsed when = IncidentTimes.parse(f.get(time));
            String kind = CsvHeader.field(f, type);
            if (kind == null) {
                throw new IllegalArgumentException("the type is empty");
            }
            String externalId = CsvHeader.field(f, id);
            return new ParsedIncident(line, CsvHeader.externalId(externalId), RecordIdentity.rowDigest(f), xy[0], xy[1], when.instant(), when.precision(), CsvHeader.truncate(kind, 200),
                    ParsedIncident.POINT, CsvHeader.truncate(CsvHeader.field(f, location), 300),
                    CsvHeader.truncate(CsvHeader.field(f, description), 2000));
        });
    }
}
