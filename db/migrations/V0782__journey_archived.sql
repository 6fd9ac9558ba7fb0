-- Archived journeys: stopped journeys hidden from the list, kept with their versions and statistics.
ALTER TABLE journey ADD COLUMN archived_at DATETIME(6) NULL;
