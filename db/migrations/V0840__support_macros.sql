-- Canned replies: a text with merge fields, and what sending it also does to the ticket.
CREATE TABLE support_macro (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100)  NOT NULL,
    body         TEXT          NOT NULL,
    set_status   VARCHAR(16)   NULL,
    set_priority VARCHAR(8)    NULL,
    add_tags     VARCHAR(500)  NULL,
    archived_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_macro_name UNIQUE (name)
) ENGINE = InnoDB;
