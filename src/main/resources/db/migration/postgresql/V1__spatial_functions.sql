-- Creating the extension needs a superuser; in production and CI it is created by the DBA before the
-- application connects (see README). IF NOT EXISTS makes this a no-op for the application's own role then.
CREATE EXTENSION IF NOT EXISTS postgis;
