package app.cairn.customer;

/** Why Cairn may process a customer's data for a channel (GDPR art. 6). */
public enum LegalBasis {
    CONSENT,
    CONTRACT,
    LEGITIMATE_INTEREST;

    /** Key of the basis's name in the UI translations. */
    public String labelKey() {
        return "consent.basis." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
