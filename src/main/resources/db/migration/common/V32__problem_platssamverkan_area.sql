-- A problem a plan places at a platssamverkan area ("Platssamverkan Älvsjö/Solberga …") keeps that area, so
-- the import loses nothing the workbook said about where it is.
ALTER TABLE problem ADD COLUMN area_id BIGINT REFERENCES area(id);
