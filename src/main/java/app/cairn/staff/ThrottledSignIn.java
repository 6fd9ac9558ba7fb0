package app.cairn.staff;

import app.cairn.shared.jdbc.Deadlocks;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * How staff sign in (the login form and HTTP Basic): each attempt is first counted by {@link SignInThrottle},
 * which may make it wait; then the password is checked, and only a right password learns whether the account is
 * disabled. An unknown user name is answered exactly as a known one with a wrong password, after the same work.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, UserDetailsService accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        // the account's state is told only to someone who knows its password
        passwords.setPreAuthenticationChecks(account -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String source = source(attempt);
        Optional<Instant> waitUntil = Deadlocks.answer(() -> throttle.admit(username, source));
        if (waitUntil.isPresent()) {
            // a LockedException, which Spring Security announces (the attempt is on record) and the login page words
            throw new LockedException("Too many sign-in attempts; try again after " + waitUntil.get());
        }
        Authentication signedIn = passwords.authenticate(attempt);
        Deadlocks.retry(() -> throttle.succeeded(username, source));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String source(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
