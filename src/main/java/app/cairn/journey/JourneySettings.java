package app.cairn.journey;

/**
 * How a journey treats its customers as a whole.
 *
 * @param reentry whether a customer who has been through the journey may enter it again
 * @param reentryDays with {@link Reentry#AFTER_DAYS}: the days since the last entry before the next may begin
 * @param exitOnSegmentExit with a segment entry: a customer who leaves the segment leaves the journey
 * @param sendingRules whether the journey's e-mails keep to messaging's frequency cap and quiet hours
 */
public record JourneySettings(Reentry reentry, int reentryDays, boolean exitOnSegmentExit, boolean sendingRules) {

    /** Once per customer, no exit on leaving the segment, the frequency cap and quiet hours kept. */
    public static final JourneySettings DEFAULT = new JourneySettings(Reentry.NEVER, 0, false, true);

    public JourneySettings {
        reentry = reentry == null ? Reentry.NEVER : reentry;
        if (reentry == Reentry.AFTER_DAYS && (reentryDays < 1 || reentryDays > 3650)) {
            throw new IllegalArgumentException("Re-entry after days needs 1 to 3650 days, not " + reentryDays);
        }
    }

    /** Whether a customer may enter a journey again. */
    public enum Reentry {
        /** Once only. */
        NEVER,
        /** Again once {@code reentryDays} have passed since the last entry, if not in it still. */
        AFTER_DAYS,
        /** Again whenever the entry fires, if not in it still. */
        ALWAYS
    }
}
