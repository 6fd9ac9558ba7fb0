-- Service e-mail (a support agent's reply): written whole by its sender, not made from a template, so it has no
-- content row; its text and the headers that thread it in the recipient's mail program are kept beside the message.
ALTER TABLE email_message MODIFY content_id BIGINT NULL;

CREATE TABLE email_service_mail (
    message_id       BIGINT        NOT NULL,
    from_name        VARCHAR(100)  NOT NULL,
    from_address     VARCHAR(254)  NOT NULL,
    reply_to         VARCHAR(254)  NULL,
    subject          VARCHAR(500)  NOT NULL,
    text_body        MEDIUMTEXT    NOT NULL,
    html_body        MEDIUMTEXT    NULL,
    in_reply_to      VARCHAR(998)  NULL,
    references_list  TEXT          NULL,
    -- sent by Cairn itself (a confirmation): marked Auto-Submitted so that no auto-responder answers it
    automatic        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (message_id),
    CONSTRAINT fk_email_service_mail_message FOREIGN KEY (message_id) REFERENCES email_message (id) ON DELETE CASCADE
) ENGINE = InnoDB;
