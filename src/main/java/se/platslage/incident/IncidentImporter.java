package se.platslage.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;

/**
 * Imports an incident file: read it with the format's reader, keep the good rows, report the bad ones by
 * line, skip records the source already delivered or the file repeats ({@link RecordIdentity}) and warn
 * about look-alikes with both lines, store the rest as one import, audit it. All in one
 * transaction: an import is stored whole or not at all.
 */
@Service
public class IncidentImporter {

    static final int MAX_REPORTED_ERRORS = 1000;
    static final String AUDIT_TYPE = "incident-import";
    private static final int MAX_SOURCE_LENGTH = 100;

    private final IncidentStore store;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    IncidentImporter(IncidentStore store, CurrentActor current, AuditLog audit, Clock clock) {
        this.store = store;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importFile(IncidentFormat format, String source, String fileName, InputStream content)
            throws IOException {
        IncidentAccess.requireIncidents(current.get());
        String src = source(source, format);
        ReadResult read;
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            read = reader(format).read(reader);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "the file is not UTF-8 text");
        }
        if (read.incidents().isEmpty() && !read.errors().isEmpty()) {
            throw new IncidentImportException("no row of the file could be read; nothing was stored",
                    read.errors().subList(0, Math.min(MAX_REPORTED_ERRORS, read.errors().size())));
        }
        return store(format, src, fileName, false, read);
    }

    /** Stores read rows as one import; used by the importer and the synthetic generator. */
    ImportReport store(IncidentFormat format, String source, String fileName, boolean synthetic, ReadResult read) {
        Actor actor = current.get();
        IncidentAccess.requireIncidents(actor);
        Sorted sorted = sort(RecordIdentity.keys(format, read.incidents()));
        Set<String> existing = new HashSet<>(store.existing(source, new ArrayList<>(sorted.unique().keySet())));
        List<RecordIdentity.Keyed> fresh = sorted.unique().values().stream()
                .filter(r -> !existing.contains(r.key())).toList();
        int duplicates = read.incidents().size() - fresh.size();
        int imprecise = (int) fresh.stream()
                .filter(r -> ParsedIncident.AREA_CENTROID.equals(r.row().locationPrecision())).count();
        Long id = null;
        if (!fresh.isEmpty()) {
            id = store.createImport(format, source, fileName, actor.username(), clock.instant(), synthetic, read.rowsRead());
            store.insert(id, format, source, synthetic, fresh);
            store.finishImport(id, fresh.size(), duplicates, read.errors().size());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("format", format.code());
            summary.put("source", source);
            summary.put("fileName", fileName);
            summary.put("synthetic", synthetic);
            summary.put("inserted", fresh.size());
            summary.put("duplicates", duplicates);
            summary.put("rejected", read.errors().size());
            summary.put("warnings", sorted.warningCounts());
            audit.record(AUDIT_TYPE, id, AuditLog.Action.CREATE, null, summary);
        }
        List<RowError> errors = read.errors();
        List<ImportWarning> warnings = sorted.warnings();
        return new ImportReport(id, format.code(), source, fileName, synthetic, read.rowsRead(), fresh.size(), duplicates,
                errors.size(), imprecise, errors.subList(0, Math.min(MAX_REPORTED_ERRORS, errors.size())),
                errors.size() > MAX_REPORTED_ERRORS, sorted.warningCounts(),
                warnings.subList(0, Math.min(MAX_REPORTED_ERRORS, warnings.size())),
                warnings.size() > MAX_REPORTED_ERRORS, notes(format));
    }

    /** A file's records once each (by key, first row wins), and what a person should know about the rest. */
    private record Sorted(Map<String, RecordIdentity.Keyed> unique, List<ImportWarning> warnings,
            Map<String, Integer> warningCounts) {
    }

    private static Sorted sort(List<RecordIdentity.Keyed> rows) {
        Map<String, RecordIdentity.Keyed> unique = new LinkedHashMap<>();
        Map<String, ParsedIncident> firstWithId = new HashMap<>();
        Map<String, ParsedIncident> firstWithoutId = new HashMap<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (RecordIdentity.Keyed keyed : rows) {
            ParsedIncident row = keyed.row();
            RecordIdentity.Keyed earlier = unique.putIfAbsent(keyed.key(), keyed);
            if (earlier != null) {
                ParsedIncident first = earlier.row();
                boolean exact = Objects.equals(first.rowDigest(), row.rowDigest());
                warnings.add(new ImportWarning(exact ? ImportWarning.EXACT_REPEAT : ImportWarning.SAME_RECORD,
                        row.line(), first.line(), row.sourceId(), exact
                                ? "repeats line " + first.line() + " exactly: not stored again"
                                : "the same record as line " + first.line() + " (same id, time, position, place and"
                                        + " type) with another outcome or context: line " + first.line() + " is kept"));
            } else if (row.sourceId() != null) {
                ParsedIncident first = firstWithId.putIfAbsent(row.sourceId(), row);
                if (first != null) {
                    warnings.add(new ImportWarning(ImportWarning.REPEATED_ID, row.line(), first.line(), row.sourceId(),
                            "id " + row.sourceId() + " was used on line " + first.line() + " for another record"
                                    + " (time, position, place or type differ): both are stored"));
                }
            } else {
                ParsedIncident first = firstWithoutId.putIfAbsent(row.rowDigest(), row);
                if (first != null) {
                    warnings.add(new ImportWarning(ImportWarning.IDENTICAL_WITHOUT_ID, row.line(), first.line(), null,
                            "has no id and is identical to line " + first.line()
                                    + ": stored as another record, as a row without id cannot be told apart"));
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        warnings.forEach(w -> counts.merge(w.code(), 1, Integer::sum));
        return new Sorted(unique, warnings, counts);
    }

    private static List<String> notes(IncidentFormat format) {
        return switch (format) {
            case POLISEN_JSON -> List.of("polisen.se events carry the centre of the municipality or county as their "
                    + "position, not the place of the event: they are stored with locationPrecision area-centroid and "
                    + "left out of hot spots, density, coverage and evaluations unless includeImprecise=true.");
            case POLICE_UK -> List.of("UK street-level data gives the month only (stored as its first day, "
                    + "timePrecision month) and points snapped to anonymising map points (locationPrecision snapped).");
            case SYNTHETIC -> List.of("SYNTHETIC: generated, not real incidents. Analyses show them only with "
                    + "data=synthetic and label every answer synthetic.");
            case CSV -> List.of();
        };
    }

    private static IncidentReader reader(IncidentFormat format) {
        return switch (format) {
            case CSV -> new CsvIncidentReader();
            case POLISEN_JSON -> new PolisenEventsReader();
            case POLICE_UK -> new PoliceUkReader();
            case SYNTHETIC -> throw new InvalidInputException("format", "synthetic incidents are not imported");
        };
    }

    private static String source(String source, IncidentFormat format) {
        if (source == null || source.isBlank()) {
            return format.defaultSource();
        }
        String s = source.trim();
        if (s.length() > MAX_SOURCE_LENGTH || !s.matches("[\\p{L}\\p{N}._:-]+")) {
            throw new InvalidInputException("source", "letters, digits and . _ : - only, at most "
                    + MAX_SOURCE_LENGTH + " characters");
        }
        if (s.startsWith("synthetic")) {
            throw new InvalidInputException("source", "names starting with 'synthetic' are kept for generated data");
        }
        return s;
    }
}
