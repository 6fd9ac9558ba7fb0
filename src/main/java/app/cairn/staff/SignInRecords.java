package app.cairn.staff;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every sign-in attempt, successful or not (and whatever refused it), for audit and figures. */
@Component
class SignInRecords {

    private final StaffAccountRepository accounts;
    private final SignInAttemptRepository attempts;
    private final Clock clock;

    SignInRecords(StaffAccountRepository accounts, SignInAttemptRepository attempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username =
                StaffAccountRules.normaliseUsername(event.getAuthentication().getName());
        attempts.save(new SignInAttempt(
                truncate(username),
                accounts.findByUsername(username).map(StaffAccount::getId).orElse(null),
                false,
                remoteAddress(event.getAuthentication()),
                clock.instant()));
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
