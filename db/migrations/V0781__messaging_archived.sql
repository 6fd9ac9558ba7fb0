-- Archived templates and broadcasts: hidden from lists and pickers, kept for the history that names them.
ALTER TABLE email_template ADD COLUMN archived_at DATETIME(6) NULL;
ALTER TABLE email_broadcast ADD COLUMN archived_at DATETIME(6) NULL;
