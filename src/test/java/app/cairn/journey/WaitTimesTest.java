package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.internal.engine.WaitTimes;
import app.cairn.journey.step.StoredSettings;
import app.cairn.journey.step.WaitLength;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void hoursAreExactAndDaysAreCalendarDaysInTheCustomersZone() {
        Instant saturdayNight = Instant.parse("2026-03-28T21:00:00Z"); // 22:00 in Berlin, before the clocks go forward
        assertThat(WaitLength.parse("PT4H").orElseThrow().after(saturdayNight, BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(WaitLength.parse("p1d").orElseThrow().after(saturdayNight, BERLIN))
                .as("22:00 the next day, 23 hours later")
                .isEqualTo(Instant.parse("2026-03-29T20:00:00Z"));
        assertThat(WaitLength.parse("P2D")).map(WaitLength::text).contains("P2D");
        assertThat(WaitLength.parse("two days")).isEmpty();
    }

    @Test
    void aWindowWaitsForTheNextOpeningOnAnAllowedDayAndNotAtAllInsideIt() {
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime five = LocalTime.of(17, 0);
        Instant fridayEvening = Instant.parse("2026-03-06T17:00:00Z"); // 18:00 Friday in Berlin
        Instant mondayMorning = Instant.parse("2026-03-09T08:00:00Z"); // 09:00 Monday in Berlin
        Instant tuesdayNoon = Instant.parse("2026-03-10T11:00:00Z");

        assertThat(WaitTimes.nextInWindow(fridayEvening, weekdays, nine, five, BERLIN))
                .isEqualTo(mondayMorning);
        assertThat(WaitTimes.nextInWindow(mondayMorning, weekdays, nine, five, BERLIN))
                .isEqualTo(mondayMorning);
        assertThat(WaitTimes.nextInWindow(tuesdayNoon, weekdays, nine, five, BERLIN))
                .isEqualTo(tuesdayNoon);
        StoredSettings window = new StoredSettings(Map.of("days", "mon,Tue, FRI", "other", "someday"));
        assertThat(window.days("days"))
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        assertThat(window.days("other")).isEmpty();
        assertThat(window.unreadable()).containsExactly("other");
    }

    @Test
    void aBirthdayComesRoundAtNineInTheCustomersZone() {
        LocalDate born = LocalDate.of(1990, 11, 23);
        Instant now = Instant.parse("2026-11-22T12:00:00Z");

        assertThat(WaitTimes.nextAnniversary(now, born, LocalTime.of(9, 0), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(WaitTimes.nextAnniversary(Instant.parse("2026-11-23T01:00:01Z"), born, LocalTime.of(9, 0), SHANGHAI))
                .as("just after this year's: next year's")
                .isEqualTo(Instant.parse("2027-11-23T01:00:00Z"));
        assertThat(WaitTimes.nextAnniversary(now, LocalDate.of(2000, 2, 29), LocalTime.of(9, 0), BERLIN))
                .as("a leap-day birthday on 28 February in other years")
                .isEqualTo(Instant.parse("2027-02-28T08:00:00Z"));
    }
}
