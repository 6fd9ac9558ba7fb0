package app.cairn.support;

/** How ticket search results are ordered. */
public enum TicketSearchSort {
    /** Best match first (newest first among equals). */
    RELEVANCE,
    /** Most recently updated first. */
    NEWEST,
    /** Oldest created first. */
    OLDEST
}
