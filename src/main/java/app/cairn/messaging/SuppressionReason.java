package app.cairn.messaging;

/** Why no message may go to an address. */
public enum SuppressionReason {
    /** The address does not take mail (a permanent SMTP error or a bounce message). */
    BOUNCE,
    /** The recipient unsubscribed from all e-mail. */
    UNSUBSCRIBE,
    /** A staff member added it. */
    MANUAL;

    /** Key of the reason's name in the UI translations. */
    public String labelKey() {
        return "suppressions.reason." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
