-- RFM scores of the customers with orders: recency (days since the last order), frequency (orders) and
-- monetary value (net spend), each scored 1-5 by quintile, and the named RFM segment of the R and F scores.
CREATE TABLE customer_rfm (
    customer_id   BIGINT        NOT NULL,
    last_order_at DATETIME(6)   NOT NULL,
    orders        INT           NOT NULL,
    spend         DECIMAL(16,2) NOT NULL,
    r             TINYINT       NOT NULL,
    f             TINYINT       NOT NULL,
    m             TINYINT       NOT NULL,
    rfm_segment   VARCHAR(32)   NOT NULL,
    computed_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (customer_id),
    INDEX ix_customer_rfm_segment (rfm_segment, customer_id),
    INDEX ix_customer_rfm_cell (r, f),
    CONSTRAINT fk_customer_rfm_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;
