-- CSV imports: the column mappings staff saved (found again by the file's header), each import run with
-- its counts, and the problems found per row (the downloadable report).
CREATE TABLE import_mapping (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(16)  NOT NULL,
    header_signature CHAR(64)     NOT NULL,
    name             VARCHAR(100) NOT NULL,
    settings         TEXT         NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_import_mapping_header UNIQUE (kind, header_signature)
) ENGINE = InnoDB;

CREATE TABLE import_run (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(16)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    started_by     VARCHAR(64)  NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    dry_run        BOOLEAN      NOT NULL,
    bytes_total    BIGINT       NOT NULL,
    bytes_read     BIGINT       NOT NULL DEFAULT 0,
    rows_read      BIGINT       NOT NULL DEFAULT 0,
    rows_failed    BIGINT       NOT NULL DEFAULT 0,
    warnings       BIGINT       NOT NULL DEFAULT 0,
    created        BIGINT       NOT NULL DEFAULT 0,
    updated        BIGINT       NOT NULL DEFAULT 0,
    unchanged      BIGINT       NOT NULL DEFAULT 0,
    merged         BIGINT       NOT NULL DEFAULT 0,
    new_customers  BIGINT       NOT NULL DEFAULT 0,
    updated_at     DATETIME(6)  NOT NULL,
    message        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    INDEX ix_import_run_started (started_at)
) ENGINE = InnoDB;

-- severity: ERROR (the row is not imported) or WARNING (imported, but worth a look).
CREATE TABLE import_problem (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    run_id      BIGINT        NOT NULL,
    row_no      BIGINT        NOT NULL,
    column_name VARCHAR(255)  NULL,
    value       VARCHAR(1000) NULL,
    severity    VARCHAR(8)    NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_import_problem_run (run_id, row_no),
    CONSTRAINT fk_import_problem_run FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE
) ENGINE = InnoDB;
