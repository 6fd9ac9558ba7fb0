-- API keys for the REST ingest API (only a SHA-256 hash of each key is kept) and idempotency records.
CREATE TABLE api_key (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    revoked_by   VARCHAR(64) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash)
) ENGINE = InnoDB;

-- A request sent again with the same Idempotency-Key gets the first answer again, without doing the work twice.
CREATE TABLE api_idempotency (
    api_key_id      BIGINT       NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INT          NOT NULL,
    response        TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (api_key_id, idempotency_key),
    INDEX ix_api_idempotency_created (created_at),
    CONSTRAINT fk_api_idempotency_key FOREIGN KEY (api_key_id) REFERENCES api_key (id) ON DELETE CASCADE
) ENGINE = InnoDB;
