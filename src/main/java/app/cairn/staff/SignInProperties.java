package app.cairn.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed sign-ins.
 *
 * @param maxFailures failed attempts in a row that lock an account
 * @param lockout how long a locked account stays locked (an admin can unlock it sooner)
 */
@ConfigurationProperties("cairn.security.login")
record SignInProperties(int maxFailures, Duration lockout) {

    SignInProperties {
        maxFailures = maxFailures > 0 ? maxFailures : 5;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
