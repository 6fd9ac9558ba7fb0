-- Event conditions of segment rules ("added to cart at least once in the last 2 days") read the events of one
-- type in a time range and need only their customers: with the customer in the index, that is a range read of
-- the index alone (at 26M events, 1.7 s instead of 9 s for a month of carts).
ALTER TABLE customer_event
    DROP INDEX ix_customer_event_type,
    ADD INDEX ix_customer_event_type (type, occurred_at, customer_id);
