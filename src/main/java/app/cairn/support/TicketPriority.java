package app.cairn.support;

/** How urgent a ticket is, lowest first. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
