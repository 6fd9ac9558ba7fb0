-- A segment-entry journey reads its segment's new entries every few seconds a little way back (entries from short
-- transactions), and only every few minutes as far back as the longest rebuild (entries a long rebuild committed
-- late): when that deep read last began.
ALTER TABLE journey_entry_cursor
    ADD COLUMN deep_scanned_to DATETIME(6) NULL;
UPDATE journey_entry_cursor SET deep_scanned_to = scanned_to;
ALTER TABLE journey_entry_cursor
    MODIFY deep_scanned_to DATETIME(6) NOT NULL;
