package se.platslage.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes two incident rows the same record: the one place this is decided (README, "Incident import:
 * what counts as the same record"). A record's key is stored in {@code incident.record_key}, unique per
 * source, so a key already stored is a duplicate and is skipped: re-importing a file adds nothing.
 *
 * <ul>
 * <li><b>police-uk, csv, row with an id</b>: the id together with the time (police.uk: the month), the
 * position (SWEREF 99 TM, to the centimetre), the location text and the type. police.uk reuses one Crime
 * ID for records that differ in place, crime type and outcome (about 1 % of a month's rows), so the id
 * alone would drop real records; a plain CSV's id column is trusted no further. The outcome and context
 * are not part of the key: a later file with an updated outcome is the same record.</li>
 * <li><b>polisen-json</b> and generated data: the event id alone; polisen.se keeps an event's id when it
 * edits the event's text.</li>
 * <li><b>a row without an id</b> (police.uk anti-social behaviour, CSV without an id column): every field of
 * the row, plus its occurrence number among identical rows of the same file. Two identical rows in one
 * file are two records (two reports at the same anonymised point in the same month); the same file, or
 * a later file holding the same rows, adds nothing.</li>
 * </ul>
 *
 * <p>IMPLEMENTATION NOTE: keys from ids are {@code "id:" + digest}, keys of rows without id
 * {@code "row:" + digest + "#" + occurrence} (the form used before keys existed, so files imported then are
 * still recognised); polisen.se ids are stored as they are. The digest is the first 128 bits of SHA-256.
 */
final class RecordIdentity {

    private static final char SEPARATOR = '\u001f';

    private RecordIdentity() {
    }

    /** A row with its key, and for a row without id the number of identical rows before it in the file. */
    record Keyed(ParsedIncident row, String key, int occurrence) {
    }

    /** The keys of a file's rows, in file order. */
    static List<Keyed> keys(IncidentFormat format, List<ParsedIncident> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (ParsedIncident row : rows) {
            if (row.sourceId() != null) {
                keyed.add(new Keyed(row, keyWithId(format, row.sourceId(), row.occurredAt(), row.x(), row.y(),
                        row.locationName(), row.type()), 1));
            } else {
                int occurrence = seen.merge(row.rowDigest(), 1, Integer::sum);
                keyed.add(new Keyed(row, "row:" + row.rowDigest() + "#" + occurrence, occurrence));
            }
        }
        return keyed;
    }

    /** The key of a record the source gave an id; also used to give incidents stored before keys theirs. */
    static String keyWithId(IncidentFormat format, String sourceId, Instant occurredAt, double x, double y,
            String locationName, String type) {
        return switch (format) {
            case POLISEN_JSON, SYNTHETIC -> sourceId;
            case POLICE_UK, CSV -> "id:" + digest(String.join(String.valueOf(SEPARATOR), sourceId,
                    occurredAt.toString(), String.format(Locale.ROOT, "%.2f", x), String.format(Locale.ROOT, "%.2f", y),
                    locationName == null ? "" : locationName, type));
        };
    }

    /** The digest of a row's fields as written (trimmed), which tells an exact repeat from a look-alike. */
    static String rowDigest(List<String> fields) {
        return digest(String.join(String.valueOf(SEPARATOR), fields.stream().map(String::trim).toList()));
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
