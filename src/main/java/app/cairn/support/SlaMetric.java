package app.cairn.support;

/** What an SLA clock measures. */
public enum SlaMetric {
    /** From opening to the first public reply by staff. */
    FIRST_RESPONSE,
    /** From the customer's message to staff's next public reply. */
    NEXT_RESPONSE,
    /** From opening to solved; paused while pending (waiting for the customer). */
    RESOLUTION
}
