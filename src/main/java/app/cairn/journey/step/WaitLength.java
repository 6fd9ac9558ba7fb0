package app.cairn.journey.step;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a step waits: an ISO-8601 duration of clock time ({@code PT30M}, {@code PT4H}) or a period of calendar
 * days ({@code P2D}, {@code P1W}), counted in the customer's own time zone so a day over a clock change is 23 or 25
 * hours.
 *
 * @param clock the clock time, or null for calendar days
 * @param days the calendar days, or null for clock time
 */
public record WaitLength(Duration clock, Period days) {

    /** The length the text names, if it names one. */
    public static Optional<WaitLength> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String iso = text.strip().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(
                    iso.contains("T")
                            ? new WaitLength(Duration.parse(iso), null)
                            : new WaitLength(null, Period.parse(iso)));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** The moment the wait ends when it starts at {@code from}, in the zone's calendar. */
    public Instant after(Instant from, ZoneId zone) {
        return clock != null ? from.plus(clock) : from.atZone(zone).plus(days).toInstant();
    }

    /** The length as stored. */
    public String text() {
        return clock != null ? clock.toString() : days.toString();
    }
}
