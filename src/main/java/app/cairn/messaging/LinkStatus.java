package app.cairn.messaging;

/** What a signed link from a message is worth when a recipient opens it. */
public enum LinkStatus {
    /** Genuine and within its kind's validity. */
    VALID,
    /** Genuine but older than its kind's validity (documented in the security guide). */
    EXPIRED,
    /** Forged, altered, of another kind, or for a message that is gone. */
    NOT_GENUINE
}
