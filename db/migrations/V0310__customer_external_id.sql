-- The shop's own customer number: a natural key for imports, unique among live customers (merged ones keep
-- theirs for the record, as with the e-mail address).
ALTER TABLE customer
    ADD COLUMN external_id VARCHAR(64) NULL AFTER id,
    ADD COLUMN live_external_id VARCHAR(64)
        GENERATED ALWAYS AS (CASE WHEN merged_into_id IS NULL THEN external_id END) STORED,
    ADD CONSTRAINT uk_customer_live_external_id UNIQUE (live_external_id);
