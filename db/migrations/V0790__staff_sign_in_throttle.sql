-- Failed sign-ins are counted per user name (as typed, known or not) and source address, atomically, so parallel
-- attempts cannot slip past the count; a source that keeps failing waits longer each time, while the account
-- itself is never locked for everyone.
CREATE TABLE staff_sign_in_throttle (
    username        VARCHAR(64)  NOT NULL,
    source          VARCHAR(64)  NOT NULL,
    attempts        INT          NOT NULL,
    blocked_until   DATETIME(6)  NULL,
    last_attempt_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, source),
    KEY staff_sign_in_throttle_last (last_attempt_at)
) ENGINE = InnoDB;

ALTER TABLE staff_account DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;
