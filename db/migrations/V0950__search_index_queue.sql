-- Search: what must be indexed again. A module adds a row in the transaction that changes what an index shows, so
-- the row commits (or rolls back) with the change; a node takes rows with FOR UPDATE SKIP LOCKED, indexes the
-- entities as they are now, and deletes the rows in the same transaction. A node that dies mid-way leaves its rows
-- for another; a change made while its row is being indexed waits for that and then adds the row again.
CREATE TABLE search_index_queue (
    entity    VARCHAR(64) NOT NULL,
    entity_id BIGINT      NOT NULL,
    queued_at DATETIME(6) NOT NULL,
    PRIMARY KEY (entity, entity_id),
    INDEX ix_search_index_queue_at (queued_at)
) ENGINE = InnoDB;
