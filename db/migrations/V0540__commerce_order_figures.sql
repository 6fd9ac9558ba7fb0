-- Each customer's order figures, kept up to date with every order written (and merge), so that segment rules and
-- RFM scoring read one row per customer instead of grouping millions of orders: orders that count (not cancelled
-- or returned, not credit notes), net spend (credit notes lower it), and the first and last order that counts.
-- A customer with only cancelled or returned orders has no row, as one without orders.
CREATE TABLE customer_order_figures (
    customer_id    BIGINT        NOT NULL,
    orders         INT           NOT NULL,
    spend          DECIMAL(16,2) NOT NULL,
    first_order_at DATETIME(6)   NULL,
    last_order_at  DATETIME(6)   NULL,
    PRIMARY KEY (customer_id),
    CONSTRAINT fk_customer_order_figures_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO customer_order_figures (customer_id, orders, spend, first_order_at, last_order_at)
SELECT customer_id,
    COUNT(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN 1 END),
    SUM(total),
    MIN(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
    MAX(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END)
FROM customer_order
WHERE total < 0 OR status NOT IN ('CANCELLED', 'RETURNED')
GROUP BY customer_id;
