-- Help centre: articles agents write (sanitised HTML, in English or Chinese, in a category, answering an intent),
-- what self-service does per intent, and the answers sent to customers at once with whether they answered.
CREATE TABLE help_article (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(200)  NOT NULL,
    body_html   MEDIUMTEXT    NOT NULL,
    body_text   MEDIUMTEXT    NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    category    VARCHAR(100)  NULL,
    intent      VARCHAR(24)   NULL,
    status      VARCHAR(12)   NOT NULL,
    -- the title and text as each language's analyser takes them (Chinese cut into words); null in the other
    index_en    MEDIUMTEXT    NULL,
    index_zh    MEDIUMTEXT    NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_help_article_status (status, language, updated_at)
) ENGINE = InnoDB;

CREATE TABLE help_intent_setting (
    intent    VARCHAR(24) NOT NULL,
    mode      VARCHAR(8)  NOT NULL,
    threshold DOUBLE      NOT NULL,
    PRIMARY KEY (intent)
) ENGINE = InnoDB;

CREATE TABLE help_answer (
    ticket_id   BIGINT       NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    intent      VARCHAR(24)  NOT NULL,
    article_ids VARCHAR(200) NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    answered_at DATETIME(6)  NULL,
    PRIMARY KEY (ticket_id),
    CONSTRAINT uk_help_answer_token UNIQUE (token),
    INDEX ix_help_answer_sent (sent_at, intent)
) ENGINE = InnoDB;
