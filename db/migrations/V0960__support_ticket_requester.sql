-- Support: the name and e-mail address of each customer with tickets, as the ticket search indexes them. The
-- customer module owns the customer; support keeps this copy current from its events (and fills it when a ticket
-- is opened), so indexing a million tickets reads no other module's table.
CREATE TABLE ticket_requester (
    customer_id BIGINT       NOT NULL,
    name        VARCHAR(255) NULL,
    email       VARCHAR(320) NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (customer_id)
) ENGINE = InnoDB;
