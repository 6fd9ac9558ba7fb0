package app.cairn.messaging;

/** Why a member of a broadcast's segment got no message. */
public enum SkipReason {
    /** The customer has no e-mail address. */
    NO_ADDRESS,
    /** The customer has not agreed to e-mail (or withdrew). */
    NO_CONSENT,
    /** The address is on the suppression list. */
    SUPPRESSED,
    /** The customer left the template's topic in the preference centre. */
    TOPIC_LEFT,
    /** The customer already had as many messages as the frequency cap allows. */
    FREQUENCY_CAP;

    /** Key of the reason's name in the UI translations. */
    public String labelKey() {
        return "broadcasts.skip." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
