-- Fewer indexes on customer: every insert and update maintains each one, and a bulk import of a million
-- customers spent most of its database time on them.
--
-- * Look-ups and searches by e-mail are all for live customers and use uk_customer_live_email, so the index
--   on email served nothing.
-- * The duplicate scan's keys (e-mail key, phone, name and place) served only the nightly scan, which now
--   sorts them instead (seconds at a million customers). The key columns stay stored: MariaDB 11.4 returned
--   NULL for a virtual column sorted on disk.
ALTER TABLE customer
    DROP INDEX ix_customer_email,
    DROP INDEX ix_customer_live_email_key,
    DROP INDEX ix_customer_live_phone,
    DROP INDEX ix_customer_name_block;
