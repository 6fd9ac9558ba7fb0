package app.cairn.messaging;

/** Where a broadcast is. */
public enum BroadcastStatus {
    /** Waiting for its send time. */
    SCHEDULED,
    /** Its recipients are being checked and queued. */
    QUEUEING,
    /** Every recipient is queued; messages are going out. */
    SENDING,
    /** Every message reached its end (sent, bounced, failed or cancelled). */
    SENT,
    /** Stopped by a marketer; messages not yet sent were cancelled. */
    CANCELLED;

    /** Key of the status's name in the UI translations. */
    public String labelKey() {
        return "broadcasts.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
