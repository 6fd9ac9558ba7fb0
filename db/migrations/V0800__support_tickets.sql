-- Support: tickets, their conversations and their own history. A ticket's number is its id. Customers and staff
-- are other modules' rows, referred to by id only (no foreign keys across modules).

-- Teams that tickets are routed to.
CREATE TABLE support_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    archived_at DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_group_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE support_group_member (
    group_id BIGINT NOT NULL,
    staff_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, staff_id),
    INDEX ix_support_group_member_staff (staff_id),
    CONSTRAINT fk_support_group_member_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE ticket (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    subject                   VARCHAR(255) NOT NULL,
    customer_id               BIGINT       NOT NULL,
    channel                   VARCHAR(16)  NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    priority                  VARCHAR(8)   NOT NULL,
    type                      VARCHAR(16)  NULL,
    group_id                  BIGINT       NULL,
    assignee_id               BIGINT       NULL,
    order_number              VARCHAR(64)  NULL,
    created_at                DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    first_response_at         DATETIME(6)  NULL,
    solved_at                 DATETIME(6)  NULL,
    last_customer_message_at  DATETIME(6)  NULL,
    last_staff_reply_at       DATETIME(6)  NULL,
    messages                  INT          NOT NULL DEFAULT 0,
    -- raised by every change, so a page showing an older one can tell someone else changed the ticket
    version                   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_ticket_status (status, updated_at),
    INDEX ix_ticket_assignee (assignee_id, status, updated_at),
    INDEX ix_ticket_group (group_id, status, updated_at),
    INDEX ix_ticket_customer (customer_id, created_at),
    CONSTRAINT fk_ticket_group FOREIGN KEY (group_id) REFERENCES support_group (id)
) ENGINE = InnoDB;

CREATE TABLE ticket_tag (
    ticket_id BIGINT      NOT NULL,
    tag       VARCHAR(64) NOT NULL,
    PRIMARY KEY (ticket_id, tag),
    INDEX ix_ticket_tag (tag, ticket_id),
    CONSTRAINT fk_ticket_tag_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The conversation: public replies (customer or staff) and internal notes (staff only). The text is kept as
-- written; for e-mail, the part shown without quoted history is kept beside it.
CREATE TABLE ticket_message (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id        BIGINT       NOT NULL,
    kind             VARCHAR(8)   NOT NULL,
    author_type      VARCHAR(8)   NOT NULL,
    author_staff_id  BIGINT       NULL,
    channel          VARCHAR(16)  NOT NULL,
    body_text        MEDIUMTEXT   NOT NULL,
    body_html        MEDIUMTEXT   NULL,
    shown_text       MEDIUMTEXT   NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_ticket_message_ticket (ticket_id, id),
    CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every change to a ticket, in order: its own history.
CREATE TABLE ticket_history (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id BIGINT       NOT NULL,
    at        DATETIME(6)  NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    kind      VARCHAR(24)  NOT NULL,
    old_value VARCHAR(255) NULL,
    new_value VARCHAR(255) NULL,
    PRIMARY KEY (id),
    INDEX ix_ticket_history_ticket (ticket_id, id),
    CONSTRAINT fk_ticket_history_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;
