CREATE INDEX district_geom_idx ON district USING GIST (geom);
CREATE INDEX area_geom_idx ON area USING GIST (geom);
CREATE INDEX place_geom_idx ON place USING GIST (geom);
CREATE INDEX measure_geom_idx ON measure USING GIST (geom);
