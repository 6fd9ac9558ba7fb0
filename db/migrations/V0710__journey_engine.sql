-- The journey engine's state. A customer's way through one journey version is an enrolment: the step it is at,
-- the number of the visit (every step taken counts one), and when it is next due. The engine claims due
-- enrolments with FOR UPDATE SKIP LOCKED, so several nodes share the work and none takes the same one.

-- One row per journey and customer who ever entered it: re-entry rules, and the segment entries already handled.
CREATE TABLE journey_entrant (
    journey_id         BIGINT      NOT NULL,
    customer_id        BIGINT      NOT NULL,
    entries            INT         NOT NULL,
    last_entered_at    DATETIME(6) NOT NULL,
    active             BOOLEAN     NOT NULL,
    batch              BIGINT      NOT NULL,
    seen_segment_entry DATETIME(6) NULL,
    PRIMARY KEY (journey_id, customer_id),
    CONSTRAINT fk_journey_entrant_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE journey_enrolment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    journey_id      BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    customer_id     BIGINT        NOT NULL,
    node_id         VARCHAR(64)   NOT NULL,
    visit           INT           NOT NULL,
    node_entered_at DATETIME(6)   NOT NULL,
    -- when the engine next looks at it; null once it has ended
    due_at          DATETIME(6)   NULL,
    -- set while it waits at its step: until when, and for which event (if any)
    deadline        DATETIME(6)   NULL,
    waiting_for     VARCHAR(32)   NULL,
    happened_at     DATETIME(6)   NULL,
    -- the goal step whose event happened after the entry, and when
    goal_node       VARCHAR(64)   NULL,
    goal_at         DATETIME(6)   NULL,
    goal_revenue    DECIMAL(14, 2) NULL,
    converted_at    DATETIME(6)   NULL,
    entered_at      DATETIME(6)   NOT NULL,
    ended_at        DATETIME(6)   NULL,
    end_reason      VARCHAR(16)   NULL,
    PRIMARY KEY (id),
    INDEX ix_journey_enrolment_due (due_at),
    INDEX ix_journey_enrolment_customer (customer_id, ended_at),
    INDEX ix_journey_enrolment_journey (journey_id, ended_at),
    CONSTRAINT fk_journey_enrolment_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE,
    CONSTRAINT fk_journey_enrolment_version FOREIGN KEY (version_id) REFERENCES journey_version (id)
) ENGINE = InnoDB;

-- Every step an enrolment took, once: the key (enrolment, visit) refuses a second write of the same visit.
CREATE TABLE journey_step (
    enrolment_id BIGINT       NOT NULL,
    visit        INT          NOT NULL,
    node_id      VARCHAR(64)  NOT NULL,
    arrived_at   DATETIME(6)  NOT NULL,
    left_at      DATETIME(6)  NOT NULL,
    output       VARCHAR(32)  NULL,
    note         VARCHAR(200) NULL,
    PRIMARY KEY (enrolment_id, visit),
    CONSTRAINT fk_journey_step_enrolment FOREIGN KEY (enrolment_id) REFERENCES journey_enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Counts per step for the canvas: entered, exited, converted and one per output taken (out:yes, out:next …),
-- kept in the transactions that move customers.
CREATE TABLE journey_node_stat (
    journey_id BIGINT      NOT NULL,
    version_id BIGINT      NOT NULL,
    node_id    VARCHAR(64) NOT NULL,
    measure    VARCHAR(40) NOT NULL,
    n          BIGINT      NOT NULL,
    revenue    DECIMAL(16, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (journey_id, version_id, node_id, measure),
    CONSTRAINT fk_journey_node_stat_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The template each send step of a version sends, frozen once when the step is first reached.
CREATE TABLE journey_email_content (
    version_id BIGINT      NOT NULL,
    node_id    VARCHAR(64) NOT NULL,
    content_id BIGINT      NOT NULL,
    PRIMARY KEY (version_id, node_id),
    CONSTRAINT fk_journey_email_content_version FOREIGN KEY (version_id) REFERENCES journey_version (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- How far each segment-entry journey has read its segment's entries.
CREATE TABLE journey_entry_cursor (
    journey_id BIGINT      NOT NULL,
    scanned_to DATETIME(6) NOT NULL,
    PRIMARY KEY (journey_id),
    CONSTRAINT fk_journey_entry_cursor_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Which variant of an experiment each enrolment was given, and whether it reached the experiment's goal.
CREATE TABLE journey_experiment_entry (
    enrolment_id BIGINT      NOT NULL,
    journey_id   BIGINT      NOT NULL,
    node_id      VARCHAR(64) NOT NULL,
    customer_id  BIGINT      NOT NULL,
    variant      VARCHAR(8)  NOT NULL,
    goal_event   VARCHAR(32) NOT NULL,
    assigned_at  DATETIME(6) NOT NULL,
    converted_at DATETIME(6) NULL,
    PRIMARY KEY (enrolment_id, node_id),
    INDEX ix_journey_experiment_entry_node (journey_id, node_id, variant),
    INDEX ix_journey_experiment_entry_customer (customer_id, converted_at),
    CONSTRAINT fk_journey_experiment_entry_enrolment FOREIGN KEY (enrolment_id) REFERENCES journey_enrolment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- Text messages and webhook calls that steps made, sent after the step's transaction commits and retried on
-- failure: a step never calls out itself, so a step that is rolled back sent nothing.
CREATE TABLE journey_dispatch (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    idempotency_key VARCHAR(100)  NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    journey_id      BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    node_id         VARCHAR(64)   NOT NULL,
    customer_id     BIGINT        NOT NULL,
    target          VARCHAR(1000) NOT NULL,
    payload         TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_until     DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_journey_dispatch_key UNIQUE (idempotency_key),
    INDEX ix_journey_dispatch_due (status, next_attempt_at),
    CONSTRAINT fk_journey_dispatch_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE
) ENGINE = InnoDB;
