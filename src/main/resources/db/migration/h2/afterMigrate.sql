-- Run by Flyway after every migrate, that is at every start on H2 (a Flyway SQL callback, not a migration).
--
-- Issue 17: an answered write is durable. H2 otherwise writes committed transactions to its file up to
-- 500 ms later (WRITE_DELAY), so a crash lost writes already answered 201 and handed their ids to the next
-- records. With 0 every commit is written to the file before the answer: to the operating system, so a killed
-- process loses nothing (a power cut can still lose what the disk had not flushed). The setting does not
-- survive a restart of H2 2.3, so it is set here at every start, whatever JDBC URL opened the database.
SET WRITE_DELAY 0;
