package app.cairn.support;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Arrived; nobody has looked at it. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting for the customer's answer (SLA clocks pause). */
    PENDING,
    /** Waiting on someone else (a carrier, a supplier). */
    ON_HOLD,
    /** Answered; the customer may still reply, which opens it again. */
    SOLVED,
    /** Done for good; a reply from the customer starts a new ticket. */
    CLOSED;

    /** Whether the ticket still needs work (not solved or closed). */
    public boolean active() {
        return this != SOLVED && this != CLOSED;
    }
}
