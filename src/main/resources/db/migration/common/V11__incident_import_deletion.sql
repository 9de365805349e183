-- A wrongly imported batch (wrong file, wrong CRS, test data) can be deleted: its incidents are removed, so
-- no analysis counts them and the same file can be imported again, while the import row stays as the
-- record of what was imported, with who deleted it and when (the audit log keeps the batch's summary).
ALTER TABLE incident_import ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident_import ADD COLUMN deleted_by VARCHAR(100);
