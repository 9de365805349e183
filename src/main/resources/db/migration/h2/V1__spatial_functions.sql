-- H2 has no spatial functions of its own: register H2GIS's (ST_Intersects, ST_Transform, ...) in this
-- database file. Stored in the file, so this runs once per database.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
