package app.cairn.support;

/** How the inbox is ordered. */
public enum InboxSort {
    /** Most recently changed first. */
    UPDATED,
    /** Oldest first: what has waited longest. */
    OLDEST,
    /** Most urgent first, then oldest. */
    PRIORITY
}
