package app.cairn.journey.internal.entries;

import app.cairn.journey.JourneySettings;
import app.cairn.journey.internal.engine.Enrolments;
import app.cairn.journey.internal.engine.JourneyPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Enrols customers in a journey's live version, in a transaction of its own. */
@Component
public class JourneyEntries {

    private final Enrolments enrolments;
    private final Clock clock;

    public JourneyEntries(Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /**
     * Enrols those of the customers the re-entry rule lets in; answers who was enrolled.
     *
     * @param segmentEntries for a segment entry, when each membership began (an entry is handled once)
     * @param urgent whether the entries go in the engine's fast lane, taken before any backlog of ordinary due
     *     steps: for an entry someone is waiting on now (an event as it happens, a customer enrolled by hand)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public Set<Long> enrol(
            JourneyPlan plan, Collection<Long> customerIds, Map<Long, Instant> segmentEntries, boolean urgent) {
        return enrolments.enrol(
                plan,
                customerIds,
                segmentEntries,
                clock.instant(),
                plan.settings().reentry(),
                urgent);
    }

    /**
     * Enrols the customers whose day (a birthday, say) has come, once per day: anyone not in the journey now and
     * not entered in the last {@code days} days, whatever the journey's re-entry rule.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public Set<Long> enrolForDay(JourneyPlan plan, Collection<Long> customerIds, int days) {
        Instant now = clock.instant();
        Set<Long> recent = enrolments.enteredSince(plan.journeyId(), customerIds, now.minus(Duration.ofDays(days)));
        List<Long> due = customerIds.stream().filter(id -> !recent.contains(id)).toList();
        return enrolments.enrol(plan, due, Map.of(), now, JourneySettings.Reentry.ALWAYS, false);
    }
}
