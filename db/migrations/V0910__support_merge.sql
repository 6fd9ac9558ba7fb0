-- A ticket merged into another keeps its number (links and e-mails name it) and says where it went.
ALTER TABLE ticket ADD COLUMN merged_into BIGINT NULL;
