-- Returns and exchanges: a customer sends back lines of an order; staff move the return through its status flow.
-- A refunded return is written to commerce as a credit note (an order with negative lines) under its own number.
CREATE TABLE product_return (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id   BIGINT        NOT NULL,
    order_number  VARCHAR(64)   NOT NULL,
    ticket_number BIGINT        NULL,
    reason        VARCHAR(24)   NOT NULL,
    resolution    VARCHAR(16)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    currency      CHAR(3)       NOT NULL,
    total         DECIMAL(14,2) NOT NULL,
    note          TEXT          NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    completed_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_product_return_customer (customer_id, created_at),
    INDEX ix_product_return_order (order_number),
    INDEX ix_product_return_ticket (ticket_number)
) ENGINE = InnoDB;

-- The order lines sent back; order_line_no is the line's position on its order.
CREATE TABLE product_return_line (
    return_id     BIGINT        NOT NULL,
    order_line_no INT           NOT NULL,
    sku           VARCHAR(100)  NULL,
    description   VARCHAR(500)  NULL,
    quantity      INT           NOT NULL,
    unit_price    DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (return_id, order_line_no),
    CONSTRAINT fk_product_return_line FOREIGN KEY (return_id) REFERENCES product_return (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every status change of a return: who moved it, from where to where, and when.
CREATE TABLE product_return_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    return_id   BIGINT       NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_product_return_change (return_id, id),
    CONSTRAINT fk_product_return_change FOREIGN KEY (return_id) REFERENCES product_return (id) ON DELETE CASCADE
) ENGINE = InnoDB;
