-- Archived segments: hidden from lists and pickers, no longer rebuilt, kept because something names them.
ALTER TABLE segment ADD COLUMN archived_at DATETIME(6) NULL;
