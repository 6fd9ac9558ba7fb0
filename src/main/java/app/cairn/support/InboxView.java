package app.cairn.support;

/** The inbox's ready-made views. */
public enum InboxView {
    /** Active tickets assigned to me. */
    MINE,
    /** Active tickets nobody is assigned to. */
    UNASSIGNED,
    /** Active tickets of the groups I belong to. */
    MY_GROUPS,
    /** Active tickets with an SLA clock due within the hour, or overdue. */
    BREACHING,
    /** Tickets waiting for the customer. */
    PENDING,
    /** Every active ticket. */
    ACTIVE,
    /** Solved and closed tickets. */
    DONE,
    /** Every ticket. */
    ALL
}
