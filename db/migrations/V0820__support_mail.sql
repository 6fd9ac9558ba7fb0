-- Support mailboxes read over IMAP, the mail that came in through them, and the Message-IDs of each ticket's
-- thread (what came in and what went out), by which replies find their ticket.
CREATE TABLE support_mailbox (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    address        VARCHAR(254)  NOT NULL,
    from_name      VARCHAR(100)  NOT NULL,
    imap_host      VARCHAR(255)  NOT NULL,
    imap_port      INT           NOT NULL,
    imap_security  VARCHAR(16)   NOT NULL,
    username       VARCHAR(254)  NOT NULL,
    password       VARCHAR(500)  NULL,
    folder         VARCHAR(255)  NOT NULL DEFAULT 'INBOX',
    group_id       BIGINT        NULL,
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    uid_validity   BIGINT        NULL,
    last_uid       BIGINT        NOT NULL DEFAULT 0,
    last_read_at   DATETIME(6)   NULL,
    last_error     VARCHAR(500)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_mailbox_address UNIQUE (address),
    CONSTRAINT fk_support_mailbox_group FOREIGN KEY (group_id) REFERENCES support_group (id)
) ENGINE = InnoDB;

-- Every message read, once: the Message-ID makes a second delivery of the same message a no-op.
CREATE TABLE support_inbound_mail (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    mailbox_id    BIGINT        NOT NULL,
    message_key   VARCHAR(255)  NOT NULL,
    from_address  VARCHAR(254)  NULL,
    subject       VARCHAR(500)  NULL,
    outcome       VARCHAR(16)   NOT NULL,
    reason        VARCHAR(255)  NULL,
    ticket_id     BIGINT        NULL,
    received_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_inbound_mail_key UNIQUE (message_key),
    INDEX ix_support_inbound_mail_ticket (ticket_id),
    CONSTRAINT fk_support_inbound_mail_mailbox FOREIGN KEY (mailbox_id) REFERENCES support_mailbox (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The message as it came, kept apart from the rows that lists read.
CREATE TABLE support_raw_mail (
    inbound_id BIGINT     NOT NULL,
    raw        LONGBLOB   NOT NULL,
    PRIMARY KEY (inbound_id),
    CONSTRAINT fk_support_raw_mail_inbound FOREIGN KEY (inbound_id) REFERENCES support_inbound_mail (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE ticket_mail_id (
    message_key VARCHAR(255) NOT NULL,
    ticket_id   BIGINT       NOT NULL,
    outbound    BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (message_key),
    INDEX ix_ticket_mail_id_ticket (ticket_id, created_at),
    CONSTRAINT fk_ticket_mail_id_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;

ALTER TABLE ticket ADD COLUMN mailbox_id BIGINT NULL;
ALTER TABLE ticket_message ADD COLUMN inbound_id BIGINT NULL;
