-- Issue 17: a large plan's import result (1.6 MB for 1,000 rows) did not fit result_json, so a stored plan's
-- job answered 500 and a retry imported it twice. TEXT is unbounded on PostgreSQL and a CLOB on H2.
ALTER TABLE import_job ALTER COLUMN result_json SET DATA TYPE TEXT;
ALTER TABLE import_job ALTER COLUMN problem_json SET DATA TYPE TEXT;
-- The process that runs the job (ImportUploads): when that process is found dead at a start-up, its jobs
-- are marked failed at once instead of after the heartbeat's timeout.
ALTER TABLE import_job ADD COLUMN node VARCHAR(36);
