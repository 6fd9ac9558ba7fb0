package app.cairn.journey.internal.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a wait ends, in the customer's own time zone, at the next moment inside a weekday and time window, or on a
 * date (a birthday) at a time of day (a wait of a length is {@link app.cairn.journey.step.WaitLength}'s). Pure functions of the instant given, so
 * the engine can be tested at any time.
 */
public final class WaitTimes {

    private WaitTimes() {}

    /**
     * The first instant from {@code from} on one of {@code days} between {@code start} (inclusive) and
     * {@code end} (exclusive) local time; {@code from} itself when it is inside.
     */
    public static Instant nextInWindow(Instant from, Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {
        ZonedDateTime local = from.atZone(zone);
        for (int day = 0; day <= 7; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime opens = date.atTime(start).atZone(zone);
            ZonedDateTime closes = date.atTime(end).atZone(zone);
            if (day == 0 && !local.isBefore(opens) && local.isBefore(closes)) {
                return from;
            }
            if (opens.isAfter(local)) {
                return opens.toInstant();
            }
        }
        throw new IllegalArgumentException("No day in the window " + days);
    }

    /**
     * The next time the date's month and day come round at {@code time} local time, from {@code from} on (a
     * birthday on 29 February is kept on 28 February in other years); {@code from} itself at that very moment.
     */
    public static Instant nextAnniversary(Instant from, LocalDate date, LocalTime time, ZoneId zone) {
        ZonedDateTime local = from.atZone(zone);
        for (int year = local.getYear(); ; year++) {
            ZonedDateTime at = anniversary(date, year).atTime(time).atZone(zone);
            if (!at.isBefore(local)) {
                return at.toInstant();
            }
        }
    }

    private static LocalDate anniversary(LocalDate date, int year) {
        try {
            return date.withYear(year);
        } catch (DateTimeException notALeapYear) {
            return LocalDate.of(year, 2, 28);
        }
    }
}
