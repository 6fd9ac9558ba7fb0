package app.cairn.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Hands events that were published but never handled to their listeners again: those whose node died between the
 * commit and the handling, and those whose handler failed. Runs at start-up and on a schedule
 * ({@code cairn.events.resubmit-cron}). Only publications older than {@code cairn.events.resubmit-after} are taken,
 * so that an event another node is handling right now is left to it; a publication is tried at most
 * {@value #MAX_ATTEMPTS} times. Listeners are idempotent, so a publication handled twice does no harm.
 */
@Component
public class EventResubmission {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration after;

    EventResubmission(
            IncompleteEventPublications incomplete,
            FailedEventPublications failed,
            Clock clock,
            @Value("${cairn.events.resubmit-after:2m}") Duration after) {
        this.incomplete = incomplete;
        this.failed = failed;
        this.clock = clock;
        this.after = after;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        resubmit();
    }

    /**
     * Resubmits every unhandled publication older than the configured age that has attempts left: those never
     * taken up (their node died first) and those whose handler failed or whose node died while handling them (the
     * registry marks a publication failed once it has been in progress for longer than
     * {@code spring.modulith.events.staleness.processing}).
     */
    public void resubmit() {
        Instant before = Instant.now(clock).minus(after);
        try {
            incomplete.resubmitIncompletePublications(publication -> publication.getStatus() == Status.PUBLISHED
                    && !publication.getPublicationDate().isAfter(before));
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(after)
                    .withBatchSize(500)
                    .withFilter(publication -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
        } catch (RuntimeException notNow) {
            log.warn("Resubmitting unhandled events failed; the next run tries again", notNow);
        }
    }
}
