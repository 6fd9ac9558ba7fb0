-- Customers: profile, tags, custom attributes, consent per channel (with its history) and a change log.
CREATE TABLE customer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NULL,
    first_name    VARCHAR(100) NULL,
    last_name     VARCHAR(100) NULL,
    phone         VARCHAR(20)  NULL,
    country       CHAR(2)      NULL,
    city          VARCHAR(100) NULL,
    time_zone     VARCHAR(64)  NULL,
    language      VARCHAR(16)  NULL,
    birthday      DATE         NULL,
    signup_at     DATETIME(6)  NOT NULL,
    source        VARCHAR(64)  NULL,
    merged_into_id BIGINT      NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- e-mail is unique among live customers only: merged ones keep theirs for the record
    live_email    VARCHAR(254) GENERATED ALWAYS AS (CASE WHEN merged_into_id IS NULL THEN email END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_live_email UNIQUE (live_email),
    INDEX ix_customer_email (email),
    INDEX ix_customer_last_name (last_name, first_name),
    INDEX ix_customer_first_name (first_name),
    INDEX ix_customer_country (country, signup_at),
    INDEX ix_customer_signup (signup_at)
) ENGINE = InnoDB;

CREATE TABLE customer_tag (
    customer_id BIGINT      NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    PRIMARY KEY (customer_id, tag),
    INDEX ix_customer_tag_tag (tag, customer_id),
    CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE customer_attribute (
    customer_id BIGINT        NOT NULL,
    name        VARCHAR(64)   NOT NULL,
    value       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (customer_id, name),
    CONSTRAINT fk_customer_attribute_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The current consent per channel; every change is also written to customer_consent_history.
CREATE TABLE customer_consent (
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    granted     BOOLEAN     NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    source      VARCHAR(64) NOT NULL,
    legal_basis VARCHAR(32) NOT NULL,
    PRIMARY KEY (customer_id, channel),
    INDEX ix_customer_consent_channel (channel, granted, customer_id),
    CONSTRAINT fk_customer_consent_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE customer_consent_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    granted     BOOLEAN     NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    source      VARCHAR(64) NOT NULL,
    legal_basis VARCHAR(32) NOT NULL,
    changed_by  VARCHAR(64) NULL,
    PRIMARY KEY (id),
    INDEX ix_customer_consent_history_customer (customer_id, changed_at),
    CONSTRAINT fk_customer_consent_history_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Who changed which profile field when: the profile's history.
CREATE TABLE customer_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id BIGINT        NOT NULL,
    field       VARCHAR(32)   NOT NULL,
    old_value   VARCHAR(1000) NULL,
    new_value   VARCHAR(1000) NULL,
    changed_at  DATETIME(6)   NOT NULL,
    changed_by  VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    INDEX ix_customer_change_customer (customer_id, changed_at),
    CONSTRAINT fk_customer_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB;
