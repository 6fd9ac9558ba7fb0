-- Text analysis: every version of the sentiment and intent models (the starter shipped with Cairn and each
-- retraining, refused ones included) with the figures it was judged by, and the labels the shop's own history gives
-- (an agent's intent correction, a review's stars). The model in use per task is the one marked active.
CREATE TABLE text_model (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    task           VARCHAR(20)   NOT NULL,
    version        INT           NOT NULL,
    origin         VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    training_texts INT           NOT NULL,
    test_texts     INT           NOT NULL,
    accuracy       DOUBLE        NULL,
    macro_f1       DOUBLE        NULL,
    compared_with  DOUBLE        NULL,
    figures        MEDIUMTEXT    NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    model          LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_text_model_version (task, version),
    KEY ix_text_model_status (task, status)
) ENGINE = InnoDB;

CREATE TABLE text_label (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    task       VARCHAR(20)  NOT NULL,
    text_hash  BINARY(32)   NOT NULL,
    text       TEXT         NOT NULL,
    label      VARCHAR(40)  NOT NULL,
    source     VARCHAR(20)  NOT NULL,
    reference  VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_text_label_text (task, text_hash),
    KEY ix_text_label_task (task, id)
) ENGINE = InnoDB;
