package app.cairn.journey.internal.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a wait ends, in the customer's own time zone: after a duration ({@code PT4H}, {@code P2D}; days are
 * calendar days, so a wait of a day over a clock change is 23 or 25 hours), at the next moment inside a
 * weekday and time window, or on a date (a birthday) at a time of day. Pure functions of the instant given, so
 * the engine can be tested at any time.
 */
public final class WaitTimes {

    private WaitTimes() {}

    /** {@code from} plus an ISO-8601 duration ({@code PT30M}) or period ({@code P2D}), in the zone's calendar. */
    public static Instant after(Instant from, String duration, ZoneId zone) {
        String text = duration.strip().toUpperCase(Locale.ROOT);
        if (text.contains("T")) {
            return from.plus(Duration.parse(text));
        }
        return from.atZone(zone).plus(Period.parse(text)).toInstant();
    }

    /** Whether the text is a duration or period {@link #after} can read. */
    public static boolean readable(String duration) {
        try {
            after(Instant.EPOCH, duration, ZoneId.of("UTC"));
            return true;
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return false;
        }
    }

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

    /** Weekdays from text such as {@code MON,TUE,FRI}; empty when any is unreadable. */
    public static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            Optional<DayOfWeek> day = EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(d -> d.name().startsWith(part.strip().toUpperCase(Locale.ROOT))
                            && part.strip().length() >= 3)
                    .findFirst();
            if (day.isEmpty()) {
                return EnumSet.noneOf(DayOfWeek.class);
            }
            days.add(day.get());
        }
        return days;
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

    /** A time of day such as {@code 09:00}; 09:00 when blank. */
    public static LocalTime timeOf(String text) {
        return text == null || text.isBlank() ? LocalTime.of(9, 0) : LocalTime.parse(text.strip());
    }

    private static LocalDate anniversary(LocalDate date, int year) {
        try {
            return date.withYear(year);
        } catch (DateTimeException notALeapYear) {
            return LocalDate.of(year, 2, 28);
        }
    }
}
