-- H2 uses it only for a bare `geom && envelope` predicate (see IncidentQueries).
CREATE SPATIAL INDEX incident_geom_idx ON incident(geom);
