-- Spring Modulith's event publication registry (its v2 MySQL/MariaDB layout): every event a module publishes to a
-- listener in another module is written here in the publishing transaction and completed (deleted) once handled,
-- so a reaction is not lost when a node dies between the commit and the handling. The serialized event is a
-- MEDIUMTEXT (the library's VARCHAR(4000) is too small for batch events with their ids).
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       MEDIUMTEXT   NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)  NULL,
    COMPLETION_ATTEMPTS    INT          NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE),
    INDEX EVENT_PUBLICATION_BY_PUBLICATION_DATE_IDX (PUBLICATION_DATE)
) ENGINE = InnoDB;
