-- Products, orders with their lines, and behavioural events.
CREATE TABLE product (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    sku         VARCHAR(64)   NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    category    VARCHAR(100)  NULL,
    price       DECIMAL(12,2) NULL,
    currency    CHAR(3)       NULL,
    description TEXT          NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_sku UNIQUE (sku),
    INDEX ix_product_category (category)
) ENGINE = InnoDB;

-- status: PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, RETURNED. Cancellations and returns may also
-- arrive as separate orders whose lines have negative quantities.
CREATE TABLE customer_order (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    order_number VARCHAR(64)   NOT NULL,
    customer_id  BIGINT        NOT NULL,
    placed_at    DATETIME(6)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    currency     CHAR(3)       NOT NULL,
    total        DECIMAL(14,2) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_order_number UNIQUE (order_number),
    INDEX ix_customer_order_customer (customer_id, placed_at),
    INDEX ix_customer_order_placed (placed_at),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

CREATE TABLE order_line (
    order_id    BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    product_id  BIGINT        NULL,
    sku         VARCHAR(64)   NOT NULL,
    description VARCHAR(255)  NULL,
    quantity    INT           NOT NULL,
    unit_price  DECIMAL(12,2) NOT NULL,
    line_total  DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    INDEX ix_order_line_product (product_id),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB;

-- type: PRODUCT_VIEWED, ADDED_TO_CART, CHECKOUT_STARTED, ORDER_PLACED, EMAIL_OPENED, EMAIL_CLICKED,
-- TICKET_OPENED, REVIEW_POSTED. properties: a small JSON object, kept as text for both servers.
CREATE TABLE customer_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    customer_id BIGINT      NOT NULL,
    type        VARCHAR(32) NOT NULL,
    product_id  BIGINT      NULL,
    occurred_at DATETIME(6) NOT NULL,
    properties  TEXT        NULL,
    PRIMARY KEY (id),
    INDEX ix_customer_event_customer (customer_id, occurred_at),
    INDEX ix_customer_event_type (type, occurred_at),
    CONSTRAINT fk_customer_event_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;
