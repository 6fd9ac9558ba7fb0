package app.cairn.messaging;

import java.time.LocalTime;

/**
 * Rules every marketing message keeps to.
 *
 * @param capMessages at most this many marketing messages per customer within {@code capDays}; 0 for no cap
 * @param quietStart start of the quiet hours in the customer's local time, or null for none
 * @param quietEnd end of the quiet hours (may be earlier than the start: the hours then span midnight)
 * @param defaultTimeZone the zone for customers whose time zone is unknown
 */
public record SendingRules(
        int capMessages, int capDays, LocalTime quietStart, LocalTime quietEnd, String defaultTimeZone) {

    /** Whether quiet hours are set. */
    public boolean hasQuietHours() {
        return quietStart != null && quietEnd != null && !quietStart.equals(quietEnd);
    }
}
