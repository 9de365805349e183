package se.platslage.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.platslage.analysis.incident.Incident;

/**
 * Reads stored incidents for the analyses, streamed (a database cursor feeds the engine's consumers, so
 * memory follows the grid, not the number of incidents). Plain SQL that H2GIS and PostGIS both run:
 * {@code ST_X}/{@code ST_Y} on the points, and a bare {@code geom && ST_MakeEnvelope(...)} so H2 uses its
 * spatial index (PostGIS uses GiST either way). A district is an exact {@code ST_Intersects} with its
 * stored polygon after that box, the same SQL on both. Callers hold a read-only transaction: PostgreSQL only
 * streams with a cursor inside one.
 */
@Component
public class IncidentQueries {

    private static final String POINT_COLUMNS = "ST_X(geom) AS x, ST_Y(geom) AS y, occurred_at, type, synthetic";

    private final NamedParameterJdbcTemplate jdbc;

    IncidentQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(2000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** Every selected incident, in no particular order. */
    public void forEach(IncidentSelection s, Consumer<Incident> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        jdbc.query("SELECT " + POINT_COLUMNS + " FROM incident" + where(s, params), params, rs -> {
            consumer.accept(new Incident(rs.getDouble(1), rs.getDouble(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getBoolean(5)));
        });
    }

    /** Receives one non-empty square cell: its column and row from the grid's origin, and its count. */
    public interface SquareCellConsumer {
        void accept(long column, long row, int count);
    }

    /**
     * The selected incidents counted per square cell by the database (GROUP BY on the snapped cell), so a
     * million incidents cross the connection as a few thousand rows. Column and row are
     * {@code floor((x - originX) / size)}, {@code floor((y - originY) / size)}, the same double arithmetic as
     * {@link se.platslage.analysis.grid.SquareLattice#cellIdOf}; cells outside the grid are the caller's to drop.
     */
    public void countPerSquareCell(IncidentSelection s, double originX, double originY, double cellSizeMeters,
            SquareCellConsumer consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("originX", originX)
                .addValue("originY", originY).addValue("size", cellSizeMeters);
        jdbc.query("SELECT cx, cy, COUNT(*) FROM (SELECT FLOOR((ST_X(geom) - :originX) / :size) AS cx,"
                + " FLOOR((ST_Y(geom) - :originY) / :size) AS cy FROM incident" + where(s, params) + ") cells"
                + " GROUP BY cx, cy", params, rs -> {
                    consumer.accept(rs.getLong(1), rs.getLong(2), rs.getInt(3));
                });
    }

    /** Whether any incident is selected: stops at the first, unlike {@link #count}. */
    public boolean any(IncidentSelection s) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return !jdbc.queryForList("SELECT 1 FROM incident" + where(s, params) + " LIMIT 1", params, Integer.class).isEmpty();
    }

    public long count(IncidentSelection s) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM incident" + where(s, params), params, Long.class);
        return n == null ? 0 : n;
    }

    /** Incidents the selection would also take with {@code includeImprecise}: what it left out. */
    public long countImpreciseLeftOut(IncidentSelection s) {
        if (s.includeImprecise()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        // a literal (a constant of ours), not a parameter: PostgreSQL's partial index (V90) matches it in any plan
        String where = where(new IncidentSelection(s.from(), s.to(), s.types(), s.envelope(), s.synthetic(), true,
                s.source(), s.district()), params) + " AND location_precision = '" + ParsedIncident.AREA_CENTROID + "'";
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM incident" + where, params, Long.class);
        return n == null ? 0 : n;
    }

    /** The SWEREF 99 TM extent of the selection, or null when it is empty. */
    public Envelope extent(IncidentSelection s) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT MIN(ST_X(geom)), MAX(ST_X(geom)), MIN(ST_Y(geom)), MAX(ST_Y(geom)), COUNT(*)"
                + " FROM incident" + where(s, params), params, (rs, i) -> rs.getLong(5) == 0 ? null
                        : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
    }

    /** The first and last time of the selection, or null when it is empty (the emerging hot spots' period). */
    public Instant[] timeExtent(IncidentSelection s) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT MIN(occurred_at), MAX(occurred_at), COUNT(*) FROM incident" + where(s, params),
                params, (rs, i) -> rs.getLong(3) == 0 ? null : new Instant[] {
                        rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant()});
    }

    /** One page of incidents, newest first, for the police list. */
    public List<StoredIncident> page(IncidentSelection s, int limit, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        List<StoredIncident> result = new ArrayList<>();
        jdbc.query("SELECT id, ST_X(geom), ST_Y(geom), occurred_at, time_precision, type, location_precision,"
                + " location_name, summary, synthetic, format, source, external_id, import_id FROM incident"
                + where(s, params) + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset", params, rs -> {
                    result.add(new StoredIncident(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getLong(14)));
                });
        return result;
    }

    private static String where(IncidentSelection s, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" WHERE synthetic = :synthetic");
        params.addValue("synthetic", s.synthetic());
        if (!s.includeImprecise()) {
            sql.append(" AND location_precision <> :imprecise");
            params.addValue("imprecise", ParsedIncident.AREA_CENTROID);
        }
        if (s.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.addValue("from", utc(s.from()));
        }
        if (s.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.addValue("to", utc(s.to()));
        }
        if (!s.types().isEmpty()) {
            sql.append(" AND type IN (:types)");
            params.addValue("types", s.types());
        }
        if (s.source() != null) {
            sql.append(" AND source = :source");
            params.addValue("source", s.source());
        }
        Envelope e = s.envelope();
        if (e != null) {
            // a bare &&: H2 uses its spatial index only for this form; for points it is exact. The corners are
            // literals (numbers of ours, not text from the request): with parameters PostgreSQL's generic plan,
            // which a pooled connection gets after five executions, guesses 100 rows for any box and chose an
            // index scan and a sort on disk for a city's million (2.8 s instead of 1.1 s, issue 16).
            sql.append(" AND geom && ST_MakeEnvelope(").append(literal(e.getMinX())).append(", ")
                    .append(literal(e.getMinY())).append(", ").append(literal(e.getMaxX())).append(", ")
                    .append(literal(e.getMaxY())).append(", 3006)");
        }
        if (s.district() != null) {
            // intersects, not within: an incident on the boundary belongs to the district (and to its neighbour)
            sql.append(" AND ST_Intersects(geom, (SELECT d.geom FROM district d WHERE d.code = :district))");
            params.addValue("district", s.district());
        }
        return sql.toString();
    }

    private static String literal(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
