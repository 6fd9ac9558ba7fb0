package app.cairn.support;

/** What kind of request a ticket is. */
public enum TicketType {
    QUESTION,
    INCIDENT,
    PROBLEM,
    TASK
}
