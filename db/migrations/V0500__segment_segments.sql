-- Segments: a rule (JSON) or a list kept by hand, the current members with their entry time, every entry and
-- exit, and the size after each rebuild (the segment page's size over time).
CREATE TABLE segment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(120) NOT NULL,
    description  VARCHAR(500) NULL,
    kind         VARCHAR(16)  NOT NULL,
    definition   MEDIUMTEXT   NULL,
    member_count BIGINT       NOT NULL DEFAULT 0,
    rebuilt_at   DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_segment_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE segment_member (
    segment_id  BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    entered_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (segment_id, customer_id),
    INDEX ix_segment_member_customer (customer_id),
    CONSTRAINT fk_segment_member_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_member_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE segment_membership_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    segment_id  BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    entered     BOOLEAN     NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_segment_membership_change_segment (segment_id, changed_at),
    INDEX ix_segment_membership_change_customer (customer_id, changed_at),
    CONSTRAINT fk_segment_membership_change_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_membership_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE segment_size (
    segment_id  BIGINT      NOT NULL,
    measured_at DATETIME(6) NOT NULL,
    members     BIGINT      NOT NULL,
    PRIMARY KEY (segment_id, measured_at),
    CONSTRAINT fk_segment_size_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE
) ENGINE = InnoDB;
