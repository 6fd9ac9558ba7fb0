-- Submissions of the public contact form, kept for an hour or more: how many came from an address or a source
-- lately is what limits a flood.
CREATE TABLE support_web_form_attempt (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    email   VARCHAR(254) NOT NULL,
    source  VARCHAR(64)  NOT NULL,
    at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_support_web_form_email (email, at),
    INDEX ix_support_web_form_source (source, at)
) ENGINE = InnoDB;
