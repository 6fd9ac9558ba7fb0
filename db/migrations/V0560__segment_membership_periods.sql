-- Membership history as periods: a customer's current membership is its segment_member row (with the entry
-- time); when the customer leaves, the closed period (entered, left) moves to segment_membership_period. This
-- replaces the log of every entry and exit, which repeated each entry time already in segment_member, so that
-- working out a new segment of half a million customers writes their memberships once, not twice.
CREATE TABLE segment_membership_period (
    segment_id  BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    entered_at  DATETIME(6) NOT NULL,
    exited_at   DATETIME(6) NOT NULL,
    INDEX ix_segment_membership_period_segment (segment_id, exited_at),
    INDEX ix_segment_membership_period_customer (customer_id, exited_at),
    CONSTRAINT fk_segment_membership_period_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_membership_period_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- each recorded exit closes the period opened by the latest entry before it
INSERT INTO segment_membership_period (segment_id, customer_id, entered_at, exited_at)
SELECT x.segment_id, x.customer_id,
    COALESCE((SELECT MAX(e.changed_at) FROM segment_membership_change e
              WHERE e.segment_id = x.segment_id AND e.customer_id = x.customer_id AND e.entered
                AND e.changed_at <= x.changed_at), x.changed_at),
    x.changed_at
FROM segment_membership_change x
WHERE NOT x.entered;

DROP TABLE segment_membership_change;
