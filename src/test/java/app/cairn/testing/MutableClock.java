package app.cairn.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move or stop. Starts at the real time; {@link #reset()} returns it there.
 */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        Instant at = frozen;
        if (at != null) {
            frozen = at.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Stops the clock at the instant given, for checks to the second; {@link #advance} still moves it. */
    public void freezeAt(Instant at) {
        frozen = at;
    }

    /** Back to the real time, running. */
    public void reset() {
        offset = Duration.ZERO;
        frozen = null;
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
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }
}
