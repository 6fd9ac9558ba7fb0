package app.cairn.support;

/** How ticket search results are ordered. */
public enum TicketSearchSort {
    /** Best match first; a search of filters alone, without words, lists the most recently updated first. */
    RELEVANCE,
    /** Most recently updated first. */
    NEWEST,
    /** Oldest created first. */
    OLDEST
}
