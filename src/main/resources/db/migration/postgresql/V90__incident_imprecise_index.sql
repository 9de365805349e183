-- The hot spots, density and coverage report how many area-centroid incidents they left out: without this
-- index that count read every selected incident (0.6 s of a city-wide hot-spot request on 1,000,000, issue
-- 16); with it, only the imprecise ones. IncidentQueries.countImpreciseLeftOut writes the value as a literal
-- so that the planner can match this predicate. (H2 has no partial indexes; the embedded store is small.)
CREATE INDEX IF NOT EXISTS incident_imprecise_idx ON incident (synthetic) WHERE location_precision = 'area-centroid';
