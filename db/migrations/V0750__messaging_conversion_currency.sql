-- The revenue a conversion credits to a message is the order's amount in the reporting currency of the day; the
-- currency is kept beside it, so a report never adds amounts of two reporting currencies.
ALTER TABLE email_message
    ADD COLUMN conversion_currency CHAR(3) NULL;
UPDATE email_message SET conversion_currency = 'EUR' WHERE conversion_revenue IS NOT NULL;
