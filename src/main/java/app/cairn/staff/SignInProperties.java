package app.cairn.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed sign-ins, per user name and source address.
 *
 * @param maxFailures attempts from one source for one user name that pass without a wait
 * @param firstDelay the wait after that many; it doubles with each further attempt
 * @param lockout the longest wait
 */
@ConfigurationProperties("cairn.security.login")
record SignInProperties(int maxFailures, Duration firstDelay, Duration lockout) {

    SignInProperties {
        maxFailures = maxFailures > 0 ? maxFailures : 5;
        firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }

    /** The wait after the {@code attempt}-th attempt in a row, once {@link #maxFailures} are reached. */
    Duration delayAfter(int attempt) {
        int doublings = Math.min(Math.max(0, attempt - maxFailures), 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lockout) > 0 ? lockout : delay;
    }
}
