package app.cairn.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move. Starts at the real time; {@link #reset()} returns it there. */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Cairn keeps time in UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
