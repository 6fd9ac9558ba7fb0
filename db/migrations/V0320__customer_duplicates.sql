-- Duplicate detection: keys the scan reads in index order, the pairs it found and the scans it ran.

-- The e-mail key ignores what mail providers ignore: a "+tag" in the local part everywhere, and dots in Gmail
-- addresses (googlemail.com is gmail.com). Like live_email it is set only for live customers.
ALTER TABLE customer
    ADD COLUMN live_email_key VARCHAR(254) GENERATED ALWAYS AS (
        CASE WHEN merged_into_id IS NULL AND email IS NOT NULL THEN
            CASE WHEN SUBSTRING_INDEX(email, '@', -1) IN ('gmail.com', 'googlemail.com')
                THEN CONCAT(REPLACE(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '+', 1), '.', ''), '@gmail.com')
                ELSE CONCAT(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '+', 1), '@',
                            SUBSTRING_INDEX(email, '@', -1))
            END
        END) STORED,
    ADD COLUMN live_phone VARCHAR(20) GENERATED ALWAYS AS (CASE WHEN merged_into_id IS NULL THEN phone END) STORED,
    ADD INDEX ix_customer_live_email_key (live_email_key),
    ADD INDEX ix_customer_live_phone (live_phone),
    -- the name-and-place pass reads this index in order: one block per country, city and birthday
    ADD INDEX ix_customer_name_block (country, city, birthday, last_name, first_name, merged_into_id);

-- A pair of live customers that may be one person; customer_a < customer_b. Dismissed and merged pairs stay,
-- so a new scan does not offer them again.
CREATE TABLE duplicate_candidate (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_a  BIGINT       NOT NULL,
    customer_b  BIGINT       NOT NULL,
    reasons     VARCHAR(64)  NOT NULL,
    score       DECIMAL(4,3) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    found_at    DATETIME(6)  NOT NULL,
    decided_at  DATETIME(6)  NULL,
    decided_by  VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_duplicate_candidate_pair UNIQUE (customer_a, customer_b),
    INDEX ix_duplicate_candidate_status (status, score, id),
    INDEX ix_duplicate_candidate_b (customer_b),
    CONSTRAINT fk_duplicate_candidate_a FOREIGN KEY (customer_a) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_duplicate_candidate_b FOREIGN KEY (customer_b) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per scan: what it read and found, so the review page can say how fresh its list is.
CREATE TABLE duplicate_scan (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    status      VARCHAR(16) NOT NULL,
    customers   BIGINT      NOT NULL DEFAULT 0,
    candidates  BIGINT      NOT NULL DEFAULT 0,
    message     VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
