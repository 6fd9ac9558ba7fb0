package app.cairn.staff;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home-page figures about staff: active accounts, who signed in and failed sign-ins in the last day. */
@Component
class StaffFigures implements KeyFigureSource {

    private final StaffAccountRepository accounts;
    private final SignInAttemptRepository attempts;
    private final Clock clock;

    StaffFigures(StaffAccountRepository accounts, SignInAttemptRepository attempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KeyFigure> keyFigures() {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        return List.of(
                new KeyFigure("figure.staff-active", accounts.countByEnabledTrue(), 800, KeyFigure.Page.OPERATIONS),
                new KeyFigure(
                        "figure.staff-signed-in-24h",
                        attempts.countAccountsSignedInSince(dayAgo),
                        810,
                        KeyFigure.Page.OPERATIONS),
                new KeyFigure(
                        "figure.failed-sign-ins-24h",
                        attempts.countBySucceededFalseAndAttemptedAtGreaterThanEqual(dayAgo),
                        820,
                        KeyFigure.Page.OPERATIONS));
    }
}
