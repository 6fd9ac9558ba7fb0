-- Journeys: the draft a marketer edits (autosaved), and the immutable versions publishing makes. Customers
-- enrolled in a version stay on it while newer versions are published.
CREATE TABLE journey (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    name               VARCHAR(200) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    draft              MEDIUMTEXT   NOT NULL,
    draft_saved_at     DATETIME(6)  NOT NULL,
    live_version_id    BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(64)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_journey_name UNIQUE (name),
    INDEX ix_journey_status (status)
) ENGINE = InnoDB;

CREATE TABLE journey_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    journey_id   BIGINT      NOT NULL,
    number       INT         NOT NULL,
    graph        MEDIUMTEXT  NOT NULL,
    published_at DATETIME(6) NOT NULL,
    published_by VARCHAR(64) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_journey_version_number UNIQUE (journey_id, number),
    CONSTRAINT fk_journey_version_journey FOREIGN KEY (journey_id) REFERENCES journey (id) ON DELETE CASCADE
) ENGINE = InnoDB;
