-- Who has a ticket open right now: each open ticket page says so every few seconds; a row not renewed for a
-- while is someone who left.
CREATE TABLE ticket_viewer (
    ticket_id BIGINT       NOT NULL,
    staff_id  BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    seen_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (ticket_id, staff_id),
    INDEX ix_ticket_viewer_seen (seen_at),
    CONSTRAINT fk_ticket_viewer_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;
