package app.cairn.customer;

/** A channel a customer can consent to being contacted on. */
public enum ConsentChannel {
    EMAIL,
    SMS,
    PUSH;

    /** Key of the channel's name in the UI translations. */
    public String labelKey() {
        return "consent.channel." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
