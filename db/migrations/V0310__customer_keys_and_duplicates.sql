-- The shop's own customer number (a natural key for imports), a canonical e-mail key for duplicate
-- detection (lower case, no +suffix, no dots for Gmail), and the duplicate candidates a scan finds.
ALTER TABLE customer
    ADD COLUMN external_id VARCHAR(64) NULL AFTER id,
    ADD COLUMN email_key VARCHAR(254) NULL AFTER email,
    ADD COLUMN live_external_id VARCHAR(64)
        GENERATED ALWAYS AS (CASE WHEN merged_into_id IS NULL THEN external_id END) STORED,
    ADD CONSTRAINT uk_customer_live_external_id UNIQUE (live_external_id),
    ADD INDEX ix_customer_email_key (email_key),
    ADD INDEX ix_customer_phone (phone),
    ADD INDEX ix_customer_merged_into (merged_into_id);

-- customer_a < customer_b; reasons is a comma-separated set of EMAIL, PHONE, NAME.
CREATE TABLE duplicate_candidate (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_a  BIGINT       NOT NULL,
    customer_b  BIGINT       NOT NULL,
    reasons     VARCHAR(32)  NOT NULL,
    score       DECIMAL(4,3) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    found_at    DATETIME(6)  NOT NULL,
    resolved_at DATETIME(6)  NULL,
    resolved_by VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_duplicate_candidate_pair UNIQUE (customer_a, customer_b),
    INDEX ix_duplicate_candidate_status (status, score),
    INDEX ix_duplicate_candidate_b (customer_b),
    CONSTRAINT fk_duplicate_candidate_a FOREIGN KEY (customer_a) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_duplicate_candidate_b FOREIGN KEY (customer_b) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The same rule as CustomerNormaliser.emailKey, for the customers that exist already.
UPDATE customer
SET email_key = CONCAT(
        CASE WHEN SUBSTRING_INDEX(email, '@', -1) IN ('gmail.com', 'googlemail.com')
             THEN REPLACE(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '+', 1), '.', '')
             ELSE SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '+', 1) END,
        '@',
        CASE WHEN SUBSTRING_INDEX(email, '@', -1) = 'googlemail.com' THEN 'gmail.com'
             ELSE SUBSTRING_INDEX(email, '@', -1) END)
WHERE email IS NOT NULL;
