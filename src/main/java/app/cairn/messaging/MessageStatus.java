package app.cairn.messaging;

/** Where a message is on its way out. */
public enum MessageStatus {
    /** Waiting in the outbox until its time comes (and between retries). */
    QUEUED,
    /** Claimed by a sender, which holds it for a lease. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused for good by the SMTP server, or bounced afterwards; its address is now suppressed. */
    BOUNCED,
    /** Not sent: its address was suppressed, or e-mail consent withdrawn, after it was queued. */
    CANCELLED,
    /** Given up after the last retry, or not sendable (its template fails to render). */
    FAILED
}
