-- The last rebuild asked for on a segment's page, for the page to follow it: requested, running (with its step)
-- or finished (with its result or failure). Written in transactions of their own, so it shows while the rebuild's
-- own transaction is still open.
CREATE TABLE segment_rebuild (
    segment_id   BIGINT       NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    started_at   DATETIME(6)  NULL,
    step         TINYINT      NOT NULL DEFAULT 0,
    finished_at  DATETIME(6)  NULL,
    members      BIGINT       NULL,
    entered      BIGINT       NULL,
    exited       BIGINT       NULL,
    failure      VARCHAR(300) NULL,
    PRIMARY KEY (segment_id),
    CONSTRAINT fk_segment_rebuild_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE
) ENGINE = InnoDB;
