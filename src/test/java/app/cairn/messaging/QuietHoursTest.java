package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.internal.delivery.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void theMinuteBeforeQuietHoursSendsAtOnce() {
        Instant localOneMinuteToTen = Instant.parse("2026-01-15T20:59:59Z");
        assertThat(NIGHT.nextAllowed(localOneMinuteToTen, BERLIN)).isEqualTo(localOneMinuteToTen);
    }

    @Test
    void theStartOfQuietHoursWaitsUntilTheirEndNextMorning() {
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-01-15T21:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
    }

    @Test
    void afterMidnightWaitsUntilTheSameMorning() {
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-01-16T06:59:59Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
    }

    @Test
    void theEndOfQuietHoursSendsAtOnce() {
        Instant eight = Instant.parse("2026-01-16T07:00:00Z");
        assertThat(NIGHT.nextAllowed(eight, BERLIN)).isEqualTo(eight);
    }

    @Test
    void quietHoursWithinOneDayHoldOnlyBetweenThem() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.nextAllowed(Instant.parse("2026-07-01T10:30:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-07-01T11:00:00Z"));
        assertThat(lunch.nextAllowed(Instant.parse("2026-07-01T11:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-07-01T11:00:00Z"));
        assertThat(lunch.nextAllowed(Instant.parse("2026-07-01T09:59:59Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-07-01T09:59:59Z"));
    }

    @Test
    void anEndTheClockChangeSkipsMovesPastTheGap() {
        QuietHours untilHalfTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        // 29 March 2026: Berlin's clocks jump from 02:00 to 03:00, so 02:30 does not exist that night
        assertThat(untilHalfTwo.nextAllowed(Instant.parse("2026-03-28T23:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
