package se.platslage.incident;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import se.platslage.system.InvalidInputException;

/**
 * The Swedish Police events feed (polisen.se/api/events): a JSON array of
 * {@code {id, datetime, name, summary, url, type, location: {name, gps: "lat,lon"}}}.
 *
 * <p>IMPLEMENTATION NOTE: {@code location.gps} is the centre of the municipality or county named in
 * {@code location.name}, never the place of the event (all 300 events of the Stockholm sample share one
 * point). Every event is therefore stored with location precision "area-centroid", and hot spots,
 * density, coverage, evaluations and place summaries leave such incidents out unless asked
 * ({@code includeImprecise=true}): a thousand events on Sergels torg would otherwise be the city's
 * "hottest spot". The events stay useful for counts by type and time. Each event's line is that of its
 * opening brace.
 */
final class PolisenEventsReader implements IncidentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ReadResult read(Reader reader) throws IOException {
        List<ParsedIncident> incidents = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int rows = 0;
        try (JsonParser parser = new JsonFactory(JSON).createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException("file", "expected a JSON array of events, as polisen.se/api/events gives");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw new InvalidInputException("file", "the JSON array is not closed");
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode event = parser.readValueAsTree();
                if (++rows > MAX_ROWS) {
                    errors.add(new RowError(line, "more than " + MAX_ROWS + " events: the rest was not read"));
                    break;
                }
                try {
                    incidents.add(event(line, event));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(line, e.getMessage()));
                }
            }
        } catch (JsonParseException e) {
            throw new InvalidInputException("file", "malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        return new ReadResult(incidents, errors, rows);
    }

    private static ParsedIncident event(int line, JsonNode event) {
        if (!event.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        String id = text(event, "id");
        if (id == null) {
            throw new IllegalArgumentException("the event has no id");
        }
        IncidentTimes.Parsed when = IncidentTimes.parse(text(event, "datetime"));
        String type = text(event, "type");
        if (type == null) {
            throw new IllegalArgumentException("event " + id + " has no type");
        }
        JsonNode location = event.path("location");
        String gps = text(location, "gps");
        if (gps == null) {
            throw new IllegalArgumentException("event " + id + " has no location.gps");
        }
        String[] latLon = gps.split(",");
        if (latLon.length != 2) {
            throw new IllegalArgumentException("event " + id + ": location.gps '" + gps + "' is not \"lat,lon\"");
        }
        double[] xy = IncidentCoordinates.lonLat(IncidentCoordinates.number(latLon[1], "longitude"),
                IncidentCoordinates.number(latLon[0], "latitude"), true);
        String name = text(event, "name");
        String summary = text(event, "summary");
        String text = name == null ? summary : summary == null ? name : name + ": " + summary;
        return new ParsedIncident(line, CsvHeader.externalId(id), RecordIdentity.digest(event.toString()), xy[0], xy[1], when.instant(), when.precision(),
                CsvHeader.truncate(type, 200), ParsedIncident.AREA_CENTROID,
                CsvHeader.truncate(text(location, "name"), 300), CsvHeader.truncate(text, 2000));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : CsvHeader.blankToNull(value.asText());
    }
}
