-- Issue 17: the embedded database must survive a kill -9.
--
-- (An answered write is made durable by afterMigrate.sql, at every start.)

-- H2's R-tree spatial indexes are not crash-safe: a kill during a large uncommitted insert (an incident
-- import) left undo entries for the R-tree that H2 could not roll back on the next start ("ValueDataType
-- cannot be cast to SpatialDataType"), and the whole database could no longer be opened. Without them the
-- `geom && envelope` predicates scan the table: H2SpatialIndexBenchmark (README "Measured") found a
-- 200,000-point import 14x faster and a whole-city query faster, a 2 x 2 km view of 200,000 incidents
-- 85 -> 330 ms, and no difference that matters for the few thousand places and measures of a city.
DROP INDEX IF EXISTS district_geom_idx;
DROP INDEX IF EXISTS area_geom_idx;
DROP INDEX IF EXISTS place_geom_idx;
DROP INDEX IF EXISTS measure_geom_idx;
DROP INDEX IF EXISTS incident_geom_idx;
