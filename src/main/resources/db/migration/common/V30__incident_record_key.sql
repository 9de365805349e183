-- Issue 14: a police.uk Crime ID is reused for records that differ in place, type and outcome, so the
-- source's id no longer decides what a duplicate is. record_key does (see RecordIdentity): unique per
-- source, so a re-import still adds nothing. external_id keeps the source's own id, null when it has none.
ALTER TABLE incident ADD COLUMN record_key VARCHAR(200);
UPDATE incident SET record_key = external_id;
-- rows without an id used to carry their row digest as external_id: that digest is now their record key
UPDATE incident SET external_id = NULL WHERE external_id LIKE 'row:%';
ALTER TABLE incident ALTER COLUMN record_key SET NOT NULL;
ALTER TABLE incident ALTER COLUMN external_id DROP NOT NULL;
ALTER TABLE incident DROP CONSTRAINT incident_source_external_id_key;
ALTER TABLE incident ADD CONSTRAINT incident_source_record_key_key UNIQUE (source, record_key);
-- V31 (IncidentRecordKeyMigration, Java) then gives police-uk and csv rows with an id their keys.
