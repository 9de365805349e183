package se.platslage.bench;

/**
 * The raw PostGIS side of {@link CityBenchmark}: SQL that returns the FeatureCollection our endpoint returns
 * (the same rows, order and properties, geometry in WGS84), as one text value. Parameters: the bbox as
 * minLon, minLat, maxLon, maxLat (WGS84), transformed to EPSG:3006 as the application does.
 */
final class RawSql {

    private RawSql() {
    }

    /** The measures in the box: a UNION of the measure-geometry and place-geometry index scans. */
    private static final String HITS = "WITH box AS (SELECT ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 3006) AS g),"
            + " hit AS (SELECT m.id FROM measure m, box WHERE m.deleted_at IS NULL AND m.geom && box.g"
            + "   AND ST_Intersects(m.geom, box.g)"
            + "  UNION SELECT mp.measure_id FROM measure_place mp JOIN place p ON p.id = mp.place_id, box"
            + "   WHERE p.deleted_at IS NULL AND p.geom && box.g AND ST_Intersects(p.geom, box.g)),"
            + " sel AS (SELECT m.*, pr.description AS problem_description, pa.area_number, pa.name AS area_name,"
            + "   pl.id AS plan, pl.code AS plan_code, pl.plan_year, d.code AS district, c.description AS cause_description"
            + "  FROM hit JOIN measure m ON m.id = hit.id AND m.deleted_at IS NULL"
            + "  JOIN problem pr ON pr.id = m.problem_id AND pr.deleted_at IS NULL"
            + "  JOIN priority_area pa ON pa.id = pr.priority_area_id JOIN plan pl ON pl.id = pa.plan_id"
            + "  JOIN district d ON d.id = pl.district_id LEFT JOIN cause c ON c.id = m.cause_id)";

    private static final String PLACES = " LEFT JOIN LATERAL (SELECT string_agg(p.name, ', ' ORDER BY p.name) AS names,"
            + " json_agg(p.id ORDER BY p.name) AS ids, ST_PointOnSurface(ST_Collect(p.geom)) AS point"
            + " FROM measure_place mp JOIN place p ON p.id = mp.place_id WHERE mp.measure_id = s.id) pg ON TRUE";

    /** {@code /api/measures?bbox=…&limit=1000} and the OGC items: first page of 1,000, every property. */
    static final String LIST = HITS + ", page AS (SELECT * FROM sel"
            + "  ORDER BY plan_code, area_number, position, id LIMIT 1000)"
            + " SELECT json_build_object('type', 'FeatureCollection', 'numberMatched', (SELECT COUNT(*) FROM sel),"
            + "  'numberReturned', (SELECT COUNT(*) FROM page), 'limit', 1000, 'offset', 0, 'features', COALESCE(json_agg("
            + "  json_build_object('type', 'Feature', 'id', s.id, 'geometry',"
            + "   ST_AsGeoJSON(ST_Transform(COALESCE(s.geom, pg.point), 4326))::json, 'properties', json_build_object("
            + "   'id', s.id, 'ref', s.ref, 'description', s.description, 'category', lower(s.category),"
            + "   'type', lower(s.physical_type), 'status', lower(s.status), 'statusLabel', s.status, 'overdue',"
            + "   s.timing_end < current_date AND s.status NOT IN ('DONE', 'REMOVED'), 'responsible', s.responsible,"
            + "   'assignee', s.assignee, 'progressPercent', s.progress_percent, 'progressNote', s.progress_note,"
            + "   'policeNote', s.police_note, 'timing', s.timing_text, 'timingStart', s.timing_start,"
            + "   'timingEnd', s.timing_end, 'operationalGoal', s.operational_goal, 'placeName', pg.names,"
            + "   'places', pg.ids, 'problem', s.problem_id, 'problemDescription', s.problem_description,"
            + "   'cause', s.cause_id, 'causeDescription', s.cause_description, 'plan', s.plan, 'planCode', s.plan_code,"
            + "   'year', s.plan_year, 'priorityArea', s.area_number, 'priorityAreaName', s.area_name,"
            + "   'district', s.district, 'ownGeometry', s.geom IS NOT NULL, 'geometryDigitised', s.geom_digitised,"
            + "   'followUpCount', (SELECT COUNT(*) FROM follow_up f WHERE f.measure_id = s.id), 'version', s.version))"
            + "  ORDER BY s.plan_code, s.area_number, s.position, s.id), '[]'::json))::text"
            + " FROM page s" + PLACES;

    /** {@code /api/measures/layer?bbox=…}: every match, id, status, category, type, overdue, label. */
    static final String LAYER = HITS
            + " SELECT json_build_object('type', 'FeatureCollection', 'numberMatched', COUNT(*), 'numberReturned',"
            + "  COUNT(*), 'features', COALESCE(json_agg(json_build_object('type', 'Feature', 'id', s.id, 'geometry',"
            + "   ST_AsGeoJSON(ST_Transform(COALESCE(s.geom, pg.point), 4326))::json, 'properties', json_build_object("
            + "   'id', s.id, 'status', lower(s.status), 'category', lower(s.category), 'type', lower(s.physical_type),"
            + "   'overdue', s.timing_end < current_date AND s.status NOT IN ('DONE', 'REMOVED'),"
            + "   'label', left(s.description, 100))) ORDER BY s.id), '[]'::json))::text"
            + " FROM sel s" + PLACES;

    /** The per-cell count of the hot-spot grid (100 m squares), the part the database can do on its own. */
    static final String CELL_COUNTS = "WITH box AS (SELECT ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 3006) AS g)"
            + " SELECT json_agg(json_build_array(cx, cy, n))::text FROM (SELECT floor(ST_X(geom) / 100) AS cx,"
            + "  floor(ST_Y(geom) / 100) AS cy, COUNT(*) AS n FROM incident, box"
            + "  WHERE synthetic AND source = 'bench-city' AND geom && box.g GROUP BY 1, 2) c";
}
