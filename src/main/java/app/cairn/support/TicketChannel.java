package app.cairn.support;

/** Where a ticket came from. */
public enum TicketChannel {
    /** The public contact page. */
    WEB_FORM,
    /** A support mailbox. */
    EMAIL,
    /** The REST API (a shop system). */
    API,
    /** An agent, on the customer's behalf. */
    AGENT,
    /** A journey's "open a ticket" step. */
    JOURNEY,
    /** A product review that needs an answer. */
    REVIEW;

    /**
     * Whether a ticket from this channel that is not the customer's own starts with an internal note: tickets Cairn
     * opens by itself (a journey, a review) tell staff what to do; the customer is not written to.
     */
    public boolean opensWithNote() {
        return this == JOURNEY || this == REVIEW;
    }
}
