package app.cairn.support;

import app.cairn.shared.StorableText;
import app.cairn.support.internal.CsatStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys: the customer of a solved ticket rates its handling (1 to 5) with a comment on a public page
 * reached by an unguessable link that expires; the answer is shown on the ticket and counts for the agent.
 */
@Service
public class Surveys {

    /** How long a survey link works. */
    public static final Duration VALIDITY = Duration.ofDays(30);

    private static final int COMMENT = 2000;

    private final CsatStore store;
    private final TicketInbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(CsatStore store, TicketInbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    /** A survey as its public page shows it. */
    public record Survey(State state, String subject) {}

    /** Whether a survey link can be answered. */
    public enum State {
        OPEN,
        ANSWERED,
        EXPIRED,
        UNKNOWN
    }

    /** What the survey link leads to. */
    @Transactional(readOnly = true)
    public Survey find(String token) {
        Optional<Csat> csat = token == null ? Optional.empty() : store.byToken(token);
        if (csat.isEmpty()) {
            return new Survey(State.UNKNOWN, null);
        }
        String subject =
                inbox.find(csat.get().ticketNumber()).map(Ticket::subject).orElse("");
        if (csat.get().answeredAt() != null) {
            return new Survey(State.ANSWERED, subject);
        }
        return new Survey(clock.instant().isAfter(csat.get().expiresAt()) ? State.EXPIRED : State.OPEN, subject);
    }

    /**
     * Records the customer's answer.
     *
     * @throws TicketException when the rating is not 1 to 5, the comment is too long or cannot be stored, or the link
     *     is unknown, expired or answered already
     */
    @Transactional
    public void answer(String token, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new TicketException("support.survey.error.rating", String.valueOf(rating));
        }
        StorableText.require("support.survey.comment", comment);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT) {
            throw new TicketException("support.survey.error.comment", COMMENT);
        }
        Survey survey = find(token);
        if (survey.state() != State.OPEN) {
            throw new TicketException(
                    "support.survey.error." + survey.state().name().toLowerCase());
        }
        Instant now = clock.instant();
        Csat csat = store.byToken(token).orElseThrow();
        if (store.answer(token, rating, text, now)) {
            Ticket ticket = inbox.find(csat.ticketNumber()).orElseThrow();
            events.publishEvent(new CsatReceived(
                    ticket.number(), ticket.customerId(), store.assignee(token).orElse(null), rating, now));
        }
    }

    /** The surveys of a ticket, oldest first. */
    @Transactional(readOnly = true)
    public List<Csat> ofTicket(long number) {
        return store.ofTicket(number);
    }

    /** An agent's average rating and number of answers over the last 30 days. */
    @Transactional(readOnly = true)
    public double[] agentScore(long staffId) {
        return store.agent(staffId, clock.instant().minus(Duration.ofDays(30)));
    }
}
