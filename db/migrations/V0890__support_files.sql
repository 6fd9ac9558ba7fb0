-- Attachments of ticket messages. The files themselves are kept outside the database, by the SHA-256 of their
-- content, under cairn.support.files-dir; a row refused for its size or type keeps its name and why, without a file.
CREATE TABLE ticket_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id    BIGINT       NOT NULL,
    message_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(127) NOT NULL,
    size         BIGINT       NOT NULL,
    file_key     CHAR(64)     NULL,
    refused      VARCHAR(16)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_ticket_attachment_message (ticket_id, message_id),
    CONSTRAINT fk_ticket_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Raw messages move to the file store as well (a message of 50 MB is larger than a database packet); rows kept so
-- far stay readable where they are.
ALTER TABLE support_raw_mail MODIFY raw LONGBLOB NULL;
ALTER TABLE support_raw_mail ADD COLUMN file_key CHAR(64) NULL;
