-- Automatic assignment per group (by turns, or to whoever has the fewest open tickets), skipping agents who are
-- away; when each agent last got a ticket decides whose turn it is.
ALTER TABLE support_group ADD COLUMN assignment VARCHAR(16) NOT NULL DEFAULT 'MANUAL';

CREATE TABLE support_agent (
    staff_id         BIGINT      NOT NULL,
    away             BOOLEAN     NOT NULL DEFAULT FALSE,
    last_assigned_at DATETIME(6) NULL,
    PRIMARY KEY (staff_id)
) ENGINE = InnoDB;
