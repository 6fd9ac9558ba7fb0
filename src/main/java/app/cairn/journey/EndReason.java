package app.cairn.journey;

/** Why a customer's way through a journey ended. */
public enum EndReason {
    /** The path ended at a step with nothing after it. */
    COMPLETED,
    /** An exit step. */
    EXITED,
    /** The journey's goal was met, and its goal step lets customers leave then. */
    GOAL,
    /** The customer left the entry segment, and the journey lets such customers go. */
    LEFT_SEGMENT,
    /** The journey was stopped. */
    STOPPED,
    /** The customer no longer exists (merged into another, say). */
    GONE;

    /** Key of the reason in the UI translations, such as {@code journey.end.goal}. */
    public String labelKey() {
        return "journey.end." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
