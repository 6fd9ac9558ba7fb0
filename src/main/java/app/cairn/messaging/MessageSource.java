package app.cairn.messaging;

/** What put a message in the outbox. */
public enum MessageSource {
    /** A broadcast to a segment. */
    BROADCAST,
    /** A test send from the template editor (not marketing: no cap, no consent needed). */
    TEST,
    /** A journey's send step. */
    JOURNEY,
    /** Service mail written by staff (a support reply): no template, consent or tracking; threading headers. */
    SERVICE
}
