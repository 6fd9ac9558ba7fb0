-- Whether the senders last reached the SMTP server, and since when: what the settings page and the admins' banner
-- say. One row, written only when the state changes.
CREATE TABLE messaging_smtp_status (
    id         TINYINT       NOT NULL,
    reachable  BOOLEAN       NOT NULL,
    detail     VARCHAR(500)  NULL,
    since      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
