-- Satisfaction surveys: one per ticket solve, reached by an unguessable token that expires; the customer's rating
-- (1 to 5) and comment.
CREATE TABLE ticket_csat (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT       NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    assignee_id BIGINT       NULL,
    sent_at     DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    rating      TINYINT      NULL,
    comment     TEXT         NULL,
    answered_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ticket_csat_token UNIQUE (token),
    -- one survey per solve, however often the solve's event is handled
    CONSTRAINT uk_ticket_csat_solve UNIQUE (ticket_id, sent_at),
    INDEX ix_ticket_csat_ticket (ticket_id),
    INDEX ix_ticket_csat_assignee (assignee_id, answered_at),
    CONSTRAINT fk_ticket_csat_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;
