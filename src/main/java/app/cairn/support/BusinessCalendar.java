package app.cairn.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Business hours in one time zone: periods per weekday (several a day, e.g. 09:00–12:00 and 13:00–17:00) and holidays
 * on which nothing counts. SLA clocks run only inside these hours. Periods are wall-clock times, so on a
 * daylight-saving change day an hour of them is simply shorter or longer, as the staff live it.
 *
 * @param periods the opening periods of each weekday; a day without any is closed
 * @param holidays days closed whatever the weekday
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Period>> periods, Set<LocalDate> holidays) {

    /** How far ahead {@link #plus} looks for open hours before it gives up (a calendar with none). */
    private static final int MAX_DAYS = 3 * 366;

    /** One opening period of a day, {@code start} before {@code end}. */
    public record Period(LocalTime start, LocalTime end) {

        /**
         * Checks the period.
         *
         * @throws IllegalArgumentException when it does not start before it ends
         */
        public Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A period must start before it ends: " + start + "–" + end);
            }
        }
    }

    /** Normalises the periods: sorted by start, each weekday's list copied. */
    public BusinessCalendar {
        Map<DayOfWeek, List<Period>> sorted = new TreeMap<>();
        periods.forEach((day, list) -> sorted.put(
                day, list.stream().sorted(Comparator.comparing(Period::start)).toList()));
        periods = Map.copyOf(sorted);
        holidays = Set.copyOf(holidays);
    }

    /** The same hours (the given periods) on Monday to Friday, no holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, Period... day) {
        Map<DayOfWeek, List<Period>> periods = new TreeMap<>();
        for (DayOfWeek weekday : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            periods.put(weekday, List.of(day));
        }
        return new BusinessCalendar(zone, periods, Set.of());
    }

    /** The same calendar with these holidays added. */
    public BusinessCalendar withHolidays(LocalDate... days) {
        Set<LocalDate> all = new java.util.HashSet<>(holidays);
        all.addAll(List.of(days));
        return new BusinessCalendar(zone, periods, all);
    }

    /**
     * The moment {@code amount} of business time after {@code start}: time outside the periods, and on holidays,
     * does not count.
     *
     * @throws IllegalStateException when the calendar has no open hours within three years
     */
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Interval open : openOn(day)) {
                Instant from = open.from().isAfter(start) ? open.from() : start;
                if (!from.isBefore(open.to())) {
                    continue;
                }
                Duration here = Duration.between(from, open.to());
                if (here.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(here);
            }
        }
        throw new IllegalStateException("The calendar has no business hours within " + MAX_DAYS + " days");
    }

    /** The business time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval open : openOn(day)) {
                Instant start = open.from().isAfter(from) ? open.from() : from;
                Instant end = open.to().isBefore(to) ? open.to() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The open intervals of a day as instants (none on a holiday). */
    private List<Interval> openOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Interval> open = new ArrayList<>();
        for (Period period : periods.getOrDefault(day.getDayOfWeek(), List.of())) {
            open.add(new Interval(
                    LocalDateTime.of(day, period.start()).atZone(zone).toInstant(),
                    LocalDateTime.of(day, period.end()).atZone(zone).toInstant()));
        }
        return open;
    }

    private record Interval(Instant from, Instant to) {}
}
