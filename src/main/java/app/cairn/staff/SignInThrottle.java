package app.cairn.staff;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt and locks an account after {@link SignInProperties#maxFailures()} wrong
 * passwords in a row, for {@link SignInProperties#lockout()}. The lock lives in the database, so it holds
 * on every node and across restarts. A locked account is refused before its password is checked.
 */
@Component
class SignInThrottle {

    private final StaffAccountRepository accounts;
    private final SignInAttemptRepository attempts;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(
            StaffAccountRepository accounts,
            SignInAttemptRepository attempts,
            SignInProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        String username =
                StaffAccountRules.normaliseUsername(event.getAuthentication().getName());
        var account = accounts.findByUsername(username);
        account.ifPresent(a -> a.recordFailedSignIn(properties.maxFailures(), now.plus(properties.lockout())));
        attempts.save(new SignInAttempt(
                truncate(username),
                account.map(StaffAccount::getId).orElse(null),
                false,
                remoteAddress(event.getAuthentication()),
                now));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Instant now = clock.instant();
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            account.recordSignIn(now);
            attempts.save(new SignInAttempt(
                    account.getUsername(), account.getId(), true, remoteAddress(event.getAuthentication()), now));
        });
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static String truncate(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
