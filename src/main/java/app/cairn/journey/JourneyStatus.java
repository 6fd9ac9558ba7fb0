package app.cairn.journey;

/** Where a journey is. */
public enum JourneyStatus {
    /** Never published; only its draft exists. */
    DRAFT,
    /** Published and running: customers enter its live version. */
    LIVE,
    /** Published but held: nobody enters or moves on until it is resumed. */
    PAUSED,
    /** Stopped for good: nobody enters any more, and enrolled customers leave. */
    STOPPED;
}
