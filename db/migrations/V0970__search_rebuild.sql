-- Search: what is known of indexes kept on a search server (shared by every node), and the lease of the node that
-- rebuilds them. While a lease is live no node indexes queued changes (they wait in the queue and are indexed, as
-- they are then, once the rebuild ends); a node that dies mid-rebuild lets its lease run out.
CREATE TABLE search_index_state (
    index_name  VARCHAR(64)  NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    built_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (index_name)
) ENGINE = InnoDB;

CREATE TABLE search_rebuild_lease (
    id          TINYINT      NOT NULL,
    node        VARCHAR(100) NOT NULL,
    lease_until DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
