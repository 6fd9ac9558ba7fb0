-- Searching customers by the domain of their e-mail address ("example.com") reads an index of the domains of live
-- customers instead of every address.
ALTER TABLE customer
    ADD COLUMN live_email_domain VARCHAR(254)
        GENERATED ALWAYS AS (SUBSTRING_INDEX(live_email, '@', -1)) STORED,
    ADD INDEX ix_customer_live_email_domain (live_email_domain);
