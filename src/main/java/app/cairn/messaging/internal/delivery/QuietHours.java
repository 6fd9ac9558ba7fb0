package app.cairn.messaging.internal.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours in a recipient's own time zone: from {@code start} (inclusive) to {@code end} (exclusive), spanning
 * midnight when the end is earlier than the start (22:00–08:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** The earliest instant from {@code now} that is outside the quiet hours in {@code zone}. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = end.isBefore(start);
        boolean quiet = spansMidnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        LocalDate endDay =
                spansMidnight && !time.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // atZone moves a time that a clock change skips forward to just after the gap
        return endDay.atTime(end).atZone(zone).toInstant();
    }
}
