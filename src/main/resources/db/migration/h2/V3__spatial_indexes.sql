-- H2 uses these only for a bare `geom && envelope` predicate (see the *Queries classes).
CREATE SPATIAL INDEX district_geom_idx ON district(geom);
CREATE SPATIAL INDEX area_geom_idx ON area(geom);
CREATE SPATIAL INDEX place_geom_idx ON place(geom);
CREATE SPATIAL INDEX measure_geom_idx ON measure(geom);
