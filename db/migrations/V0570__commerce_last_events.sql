-- When each customer last had an event of each type, kept with every event written (and with merges): "added to
-- cart in the last 2 days" (at least once) and "never opened an e-mail" are then a range read of one row per
-- customer instead of every event of the period (a month of carts is 1.7 million events at a million customers).
CREATE TABLE customer_last_event (
    customer_id BIGINT      NOT NULL,
    type        VARCHAR(32) NOT NULL,
    last_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, type),
    INDEX ix_customer_last_event_type (type, last_at, customer_id),
    CONSTRAINT fk_customer_last_event_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO customer_last_event (customer_id, type, last_at)
SELECT customer_id, type, MAX(occurred_at) FROM customer_event GROUP BY customer_id, type;
