-- Staff who sign in to Cairn, their roles, and every sign-in attempt (for throttling figures and audit).
CREATE TABLE staff_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NULL,
    password_hash  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins INT         NOT NULL DEFAULT 0,
    locked_until   DATETIME(6)  NULL,
    last_sign_in_at DATETIME(6) NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE = InnoDB;

CREATE TABLE staff_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE staff_sign_in (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64) NOT NULL,
    account_id     BIGINT      NULL,
    succeeded      BOOLEAN     NOT NULL,
    remote_address VARCHAR(45) NULL,
    attempted_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_staff_sign_in_attempted_at (attempted_at),
    INDEX ix_staff_sign_in_account (account_id, attempted_at)
) ENGINE = InnoDB;
