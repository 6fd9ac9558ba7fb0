-- Support: what text analysis read in each customer message (language, sentiment, intent, aspects), and on the
-- ticket the reading the inbox filters by: the intent of the message that opened it (or the agent's correction,
-- intent_by naming the agent) and the sentiment of the customer's latest message.
ALTER TABLE ticket
    ADD COLUMN intent            VARCHAR(24) NULL,
    ADD COLUMN intent_confidence DOUBLE      NULL,
    ADD COLUMN intent_by         VARCHAR(64) NULL,
    ADD COLUMN sentiment         VARCHAR(8)  NULL,
    ADD COLUMN positivity        DOUBLE      NULL,
    ADD COLUMN language          VARCHAR(8)  NULL,
    ADD INDEX ix_ticket_intent (intent, status, updated_at),
    ADD INDEX ix_ticket_sentiment (sentiment, status, updated_at);

ALTER TABLE ticket_message
    ADD COLUMN language          VARCHAR(8)    NULL,
    ADD COLUMN sentiment         VARCHAR(8)    NULL,
    ADD COLUMN positivity        DOUBLE        NULL,
    ADD COLUMN intent            VARCHAR(24)   NULL,
    ADD COLUMN intent_confidence DOUBLE        NULL,
    ADD COLUMN aspects           VARCHAR(2000) NULL,
    ADD COLUMN analysed_at       DATETIME(6)   NULL;

-- Routing rules, tried in order when a ticket's first message has been read: the first that matches sets the
-- group, the priority and a tag it names.
CREATE TABLE support_routing_rule (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    position     INT          NOT NULL,
    intent       VARCHAR(24)  NULL,
    sentiment    VARCHAR(8)   NULL,
    segment_id   BIGINT       NULL,
    set_group_id BIGINT       NULL,
    set_priority VARCHAR(8)   NULL,
    add_tag      VARCHAR(64)  NULL,
    archived_at  DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_support_routing_rule_name UNIQUE (name),
    CONSTRAINT fk_support_routing_rule_group FOREIGN KEY (set_group_id) REFERENCES support_group (id)
) ENGINE = InnoDB;
