-- SLA: business calendars (periods per weekday, holidays, a time zone), targets per priority in business minutes,
-- and each ticket's clocks: how much business time each has used, since when it runs (null: paused), when it is due,
-- and when it was met, warned about and breached. Every warning and breach is taken by one node only.
CREATE TABLE support_calendar (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_calendar_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE support_calendar_period (
    calendar_id BIGINT  NOT NULL,
    weekday     TINYINT NOT NULL,
    start_time  TIME    NOT NULL,
    end_time    TIME    NOT NULL,
    PRIMARY KEY (calendar_id, weekday, start_time),
    CONSTRAINT fk_support_calendar_period FOREIGN KEY (calendar_id) REFERENCES support_calendar (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE support_calendar_holiday (
    calendar_id BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    PRIMARY KEY (calendar_id, day),
    CONSTRAINT fk_support_calendar_holiday FOREIGN KEY (calendar_id) REFERENCES support_calendar (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE support_sla_target (
    priority                VARCHAR(8) NOT NULL,
    calendar_id             BIGINT     NOT NULL,
    first_response_minutes  INT        NULL,
    next_response_minutes   INT        NULL,
    resolution_minutes      INT        NULL,
    PRIMARY KEY (priority),
    CONSTRAINT fk_support_sla_target_calendar FOREIGN KEY (calendar_id) REFERENCES support_calendar (id)
) ENGINE = InnoDB;

CREATE TABLE ticket_sla (
    ticket_id      BIGINT      NOT NULL,
    metric         VARCHAR(16) NOT NULL,
    calendar_id    BIGINT      NOT NULL,
    target_minutes INT         NOT NULL,
    used_seconds   BIGINT      NOT NULL DEFAULT 0,
    running_since  DATETIME(6) NULL,
    due_at         DATETIME(6) NULL,
    met_at         DATETIME(6) NULL,
    warned_at      DATETIME(6) NULL,
    breached_at    DATETIME(6) NULL,
    PRIMARY KEY (ticket_id, metric),
    INDEX ix_ticket_sla_due (met_at, due_at),
    CONSTRAINT fk_ticket_sla_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;
