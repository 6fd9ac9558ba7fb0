-- Money is never added across currencies. Each order keeps its amount in its own currency and, beside it, the
-- amount in the shop's reporting currency with the rate used; everything that adds, averages, ranks or compares
-- amounts across customers (spend figures, segment rules, RFM, clusters, conversions) reads the converted amount.
-- The rates are the shop's own, dated: an order is converted with the latest rate valid on the day it was placed
-- (or the oldest rate there is, for orders older than every rate). An order in a currency without any rate has no
-- converted amount and is counted in customer_order_figures.unconverted instead of the spend.
CREATE TABLE commerce_currency_setting (
    id                 TINYINT      NOT NULL,
    reporting_currency CHAR(3)      NOT NULL,
    changed_at         DATETIME(6)  NOT NULL,
    changed_by         VARCHAR(200) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO commerce_currency_setting (id, reporting_currency, changed_at, changed_by)
VALUES (1, 'EUR', UTC_TIMESTAMP(6), NULL);

-- 1 unit of currency = rate units of reporting_currency, from valid_from on.
CREATE TABLE exchange_rate (
    reporting_currency CHAR(3)        NOT NULL,
    currency           CHAR(3)        NOT NULL,
    valid_from         DATE           NOT NULL,
    rate               DECIMAL(24,10) NOT NULL,
    changed_at         DATETIME(6)    NOT NULL,
    changed_by         VARCHAR(200)   NULL,
    PRIMARY KEY (reporting_currency, currency, valid_from)
) ENGINE = InnoDB;

ALTER TABLE customer_order
    ADD COLUMN reporting_currency CHAR(3)        NULL,
    ADD COLUMN reporting_rate     DECIMAL(24,10) NULL,
    ADD COLUMN reporting_total    DECIMAL(16,2)  NULL,
    ADD INDEX ix_customer_order_currency (currency, customer_id);

UPDATE customer_order SET reporting_currency = 'EUR', reporting_rate = 1, reporting_total = total WHERE currency = 'EUR';

ALTER TABLE customer_order_figures
    ADD COLUMN unconverted INT NOT NULL DEFAULT 0;

DELETE FROM customer_order_figures;
INSERT INTO customer_order_figures (customer_id, orders, spend, first_order_at, last_order_at, unconverted)
SELECT customer_id,
    COUNT(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN 1 END),
    COALESCE(SUM(reporting_total), 0),
    MIN(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
    MAX(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
    COUNT(CASE WHEN reporting_total IS NULL THEN 1 END)
FROM customer_order
WHERE total < 0 OR status NOT IN ('CANCELLED', 'RETURNED')
GROUP BY customer_id;
