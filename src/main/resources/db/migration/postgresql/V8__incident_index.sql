CREATE INDEX incident_geom_idx ON incident USING GIST (geom);
