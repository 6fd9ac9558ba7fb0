-- E-mail messaging: settings, sender identities, topics, templates, broadcasts and the outbox every message
-- goes through, with its tracking, suppression list and subscription preferences.

-- One row: how mail leaves (SMTP), how it comes back (IMAP bounce mailbox) and the sending rules.
CREATE TABLE email_settings (
    id               TINYINT      NOT NULL,
    smtp_host        VARCHAR(253) NOT NULL,
    smtp_port        INT          NOT NULL,
    smtp_security    VARCHAR(16)  NOT NULL,
    smtp_username    VARCHAR(254) NULL,
    smtp_password    VARCHAR(500) NULL,
    rate_per_second  INT          NOT NULL,
    cap_messages     INT          NOT NULL,
    cap_days         INT          NOT NULL,
    quiet_start      TIME         NULL,
    quiet_end        TIME         NULL,
    default_time_zone VARCHAR(64) NOT NULL,
    imap_host        VARCHAR(253) NULL,
    imap_port        INT          NULL,
    imap_security    VARCHAR(16)  NULL,
    imap_username    VARCHAR(254) NULL,
    imap_password    VARCHAR(500) NULL,
    imap_folder      VARCHAR(100) NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

-- The key that signs tracking, unsubscribe and preference links; made once, shared by every node.
CREATE TABLE email_signing_key (
    id         TINYINT       NOT NULL,
    secret     VARBINARY(64) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE email_sender (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    from_name    VARCHAR(100) NOT NULL,
    from_address VARCHAR(254) NOT NULL,
    reply_to     VARCHAR(254) NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_sender_address UNIQUE (from_address)
) ENGINE = InnoDB;

-- What a customer can subscribe to or leave one by one in the preference centre.
CREATE TABLE email_topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_topic_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE email_template (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    subject    VARCHAR(500) NOT NULL,
    preheader  VARCHAR(500) NULL,
    html_body  MEDIUMTEXT   NOT NULL,
    sender_id  BIGINT       NOT NULL,
    topic_id   BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(64)  NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_template_name UNIQUE (name),
    CONSTRAINT fk_email_template_sender FOREIGN KEY (sender_id) REFERENCES email_sender (id),
    CONSTRAINT fk_email_template_topic FOREIGN KEY (topic_id) REFERENCES email_topic (id)
) ENGINE = InnoDB;

-- A template as it was when a broadcast or a test send used it: later edits do not change what is sent.
CREATE TABLE email_content (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    template_id  BIGINT       NULL,
    subject      VARCHAR(500) NOT NULL,
    preheader    VARCHAR(500) NULL,
    html_body    MEDIUMTEXT   NOT NULL,
    from_name    VARCHAR(100) NOT NULL,
    from_address VARCHAR(254) NOT NULL,
    reply_to     VARCHAR(254) NULL,
    topic_id     BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_email_content_template (template_id)
) ENGINE = InnoDB;

CREATE TABLE email_broadcast (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(200) NOT NULL,
    template_id      BIGINT       NOT NULL,
    segment_id       BIGINT       NOT NULL,
    content_id       BIGINT       NULL,
    status           VARCHAR(16)  NOT NULL,
    send_at          DATETIME(6)  NOT NULL,
    conversion_days  INT          NOT NULL,
    -- queueing walks the segment by customer id; this is how far it got (a restart carries on from here)
    queued_through   BIGINT       NOT NULL DEFAULT 0,
    queued           INT          NOT NULL DEFAULT 0,
    deferred         INT          NOT NULL DEFAULT 0,
    started_at       DATETIME(6)  NULL,
    queued_at        DATETIME(6)  NULL,
    finished_at      DATETIME(6)  NULL,
    cancelled_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    INDEX ix_email_broadcast_status (status, send_at),
    CONSTRAINT fk_email_broadcast_template FOREIGN KEY (template_id) REFERENCES email_template (id),
    CONSTRAINT fk_email_broadcast_content FOREIGN KEY (content_id) REFERENCES email_content (id)
) ENGINE = InnoDB;

-- Recipients a broadcast left out, by reason.
CREATE TABLE email_broadcast_skip (
    broadcast_id BIGINT      NOT NULL,
    reason       VARCHAR(32) NOT NULL,
    recipients   INT         NOT NULL,
    PRIMARY KEY (broadcast_id, reason),
    CONSTRAINT fk_email_broadcast_skip_broadcast FOREIGN KEY (broadcast_id) REFERENCES email_broadcast (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The outbox: one row per message. The idempotency key (source and customer) makes a second queueing of the
-- same message a no-op; senders claim due rows with FOR UPDATE SKIP LOCKED and hold them for a lease.
CREATE TABLE email_message (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    idempotency_key    VARCHAR(100)  NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    source_id          BIGINT        NULL,
    content_id         BIGINT        NOT NULL,
    customer_id        BIGINT        NULL,
    to_address         VARCHAR(254)  NOT NULL,
    counts_to_cap      BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    not_before         DATETIME(6)   NOT NULL,
    lease_until        DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    sent_at            DATETIME(6)   NULL,
    last_error         VARCHAR(500)  NULL,
    opened_at          DATETIME(6)   NULL,
    clicked_at         DATETIME(6)   NULL,
    unsubscribed_at    DATETIME(6)   NULL,
    bounced_at         DATETIME(6)   NULL,
    converted_at       DATETIME(6)   NULL,
    conversion_revenue DECIMAL(14, 2) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_message_key UNIQUE (idempotency_key),
    INDEX ix_email_message_due (status, not_before),
    INDEX ix_email_message_customer (customer_id, created_at),
    INDEX ix_email_message_source (source, source_id, status),
    CONSTRAINT fk_email_message_content FOREIGN KEY (content_id) REFERENCES email_content (id)
) ENGINE = InnoDB;

-- Opens, clicks, unsubscribes and bounces as they happen: the report's chart and link figures.
CREATE TABLE email_engagement (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    message_id BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    at         DATETIME(6)   NOT NULL,
    url        VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_email_engagement_message (message_id, kind),
    CONSTRAINT fk_email_engagement_message FOREIGN KEY (message_id) REFERENCES email_message (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Addresses no message may go to.
CREATE TABLE email_suppression (
    address    VARCHAR(254) NOT NULL,
    reason     VARCHAR(16)  NOT NULL,
    detail     VARCHAR(500) NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(64)  NULL,
    PRIMARY KEY (address),
    INDEX ix_email_suppression_created (created_at)
) ENGINE = InnoDB;

-- Topics a customer has left (no row: subscribed), and every change to them with where it came from.
CREATE TABLE email_topic_optout (
    customer_id BIGINT      NOT NULL,
    topic_id    BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, topic_id),
    CONSTRAINT fk_email_topic_optout_topic FOREIGN KEY (topic_id) REFERENCES email_topic (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE email_preference_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    customer_id BIGINT      NOT NULL,
    topic_id    BIGINT      NULL,
    subscribed  BOOLEAN     NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    source      VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_email_preference_change_customer (customer_id, changed_at)
) ENGINE = InnoDB;
