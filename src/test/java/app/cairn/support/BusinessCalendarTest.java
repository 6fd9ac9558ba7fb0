package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known answers for business-time arithmetic: weekends, evenings, holidays, pauses and daylight-saving days. */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar NINE_TO_FIVE =
            BusinessCalendar.weekdays(BERLIN, new BusinessCalendar.Period(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    private static final BusinessCalendar EIGHT_TO_SIX =
            BusinessCalendar.weekdays(BERLIN, new BusinessCalendar.Period(LocalTime.of(8, 0), LocalTime.of(18, 0)));

    @Test
    void fridayHalfPastFourPlusOneHourOnNineToFiveIsMondayHalfPastNine() {
        Instant friday = at("2026-12-04T16:30");

        assertThat(NINE_TO_FIVE.plus(friday, Duration.ofHours(1))).isEqualTo(at("2026-12-07T09:30"));
    }

    @Test
    void mondayFivePmPlusFourHoursOnEightToSixIsTuesdayElevenAm() {
        Instant monday = at("2026-12-07T17:00");

        assertThat(EIGHT_TO_SIX.plus(monday, Duration.ofHours(4))).isEqualTo(at("2026-12-08T11:00"));
    }

    @Test
    void aHolidayInBetweenIsSkipped() {
        BusinessCalendar christmas =
                NINE_TO_FIVE.withHolidays(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));
        Instant wednesday = at("2026-12-23T16:00");

        assertThat(christmas.plus(wednesday, Duration.ofHours(2))).isEqualTo(at("2026-12-28T10:00"));
    }

    @Test
    void aPauseAcrossAWeekendCountsNoTimeAndTheDueTimeMovesByTheBusinessTimeLeft() {
        Instant opened = at("2026-12-04T15:00");
        Instant paused = at("2026-12-04T16:00");
        Instant resumed = at("2026-12-07T10:00");
        Duration target = Duration.ofHours(4);

        Duration used = NINE_TO_FIVE.between(opened, paused);
        Instant due = NINE_TO_FIVE.plus(resumed, target.minus(used));

        assertThat(used).isEqualTo(Duration.ofHours(1));
        assertThat(NINE_TO_FIVE.between(paused, resumed))
                .as("Friday 16–17 and Monday 9–10 are business time")
                .isEqualTo(Duration.ofHours(2));
        assertThat(due).isEqualTo(at("2026-12-07T13:00"));
    }

    @Test
    void onTheDaysTheClocksChangeTheWallClockHoursCountAsTheyAre() {
        BusinessCalendar nights = new BusinessCalendar(
                BERLIN,
                Map.of(DayOfWeek.SUNDAY, List.of(new BusinessCalendar.Period(LocalTime.of(1, 0), LocalTime.of(4, 0)))),
                Set.of());
        // 29 March 2026: 02:00 becomes 03:00, so 01:00–04:00 holds two real hours
        Instant springStart = at("2026-03-29T01:00");
        // 25 October 2026: 03:00 becomes 02:00 again, so 01:00–04:00 holds four real hours
        Instant autumnStart = at("2026-10-25T01:00");

        assertThat(nights.between(springStart, springStart.plus(Duration.ofHours(5))))
                .isEqualTo(Duration.ofHours(2));
        assertThat(nights.between(autumnStart, autumnStart.plus(Duration.ofHours(5))))
                .isEqualTo(Duration.ofHours(4));
        assertThat(NINE_TO_FIVE.plus(at("2026-03-27T16:30"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-30T09:30"));
    }

    @Test
    void severalPeriodsADaySkipTheLunchBreak() {
        BusinessCalendar lunch = BusinessCalendar.weekdays(
                BERLIN,
                new BusinessCalendar.Period(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                new BusinessCalendar.Period(LocalTime.of(9, 0), LocalTime.of(12, 0)));

        assertThat(lunch.plus(at("2026-12-07T11:30"), Duration.ofHours(1))).isEqualTo(at("2026-12-07T13:30"));
        assertThat(lunch.between(at("2026-12-07T08:00"), at("2026-12-07T18:00")))
                .isEqualTo(Duration.ofHours(7));
    }

    @Test
    void aCalendarWithoutHoursAndAnEmptyPeriodAreRefused() {
        BusinessCalendar closed = new BusinessCalendar(BERLIN, Map.of(), Set.of());

        assertThatThrownBy(() -> closed.plus(at("2026-12-07T09:00"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BusinessCalendar.Period(LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
