package app.cairn.help;

import app.cairn.help.internal.AnswerStore;
import app.cairn.help.internal.ArticleStore;
import app.cairn.help.internal.SettingStore;
import app.cairn.support.Actor;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import app.cairn.textanalysis.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service: what happens per intent (off, suggest to agents, answer customers at once above a confidence), the
 * answers sent, the customer's "this answered my question" that solves the ticket, and how often it did.
 */
@Service
public class SelfService {

    /** How long an answer's link can solve its ticket. */
    public static final Duration VALIDITY = Duration.ofDays(30);
    /** The lowest threshold an automatic answer may have. */
    public static final double MIN_THRESHOLD = 0.5;

    private final SettingStore settings;
    private final AnswerStore answers;
    private final ArticleStore articles;
    private final TicketUpdates updates;
    private final TicketInbox inbox;
    private final Clock clock;

    SelfService(
            SettingStore settings,
            AnswerStore answers,
            ArticleStore articles,
            TicketUpdates updates,
            TicketInbox inbox,
            Clock clock) {
        this.settings = settings;
        this.answers = answers;
        this.articles = articles;
        this.updates = updates;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Every intent's setting (suggesting to agents unless set). */
    public Map<Intent, IntentSetting> settings() {
        return settings.all();
    }

    /**
     * Changes one intent's setting.
     *
     * @throws HelpException when the threshold is not between 0.5 and 1
     */
    @Transactional
    public void save(IntentSetting setting) {
        if (!(setting.threshold() >= MIN_THRESHOLD && setting.threshold() <= 1)) {
            throw new HelpException(
                    "help.error.threshold",
                    Double.isNaN(setting.threshold()) ? "—" : Math.round(setting.threshold() * 100) + "%");
        }
        settings.save(setting);
    }

    /** The answer behind a customer's link, if the link is genuine. */
    public Optional<HelpAnswer> answer(String token) {
        return token == null ? Optional.empty() : answers.byToken(token).map(this::answer);
    }

    /**
     * The customer says the answer answered the question: the ticket is solved (as by the customer) and counted as
     * answered without an agent. Saying it twice changes nothing; an expired link, or a ticket an agent has closed,
     * solves nothing.
     *
     * @throws HelpException when the link is not genuine
     */
    @Transactional
    public HelpAnswer answered(String token) {
        AnswerStore.Sent sent = answers.byToken(token).orElseThrow(() -> new HelpException("help.error.link"));
        Instant now = clock.instant();
        if (sent.answeredAt() == null && now.isBefore(sent.expiresAt()) && answers.answered(token, now)) {
            inbox.find(sent.ticketNumber())
                    .filter(t -> t.status() != TicketStatus.CLOSED && t.status() != TicketStatus.SOLVED)
                    .ifPresent(t -> updates.status(t.number(), TicketStatus.SOLVED, Actor.customer()));
        }
        return answer(answers.byToken(token).orElseThrow());
    }

    /**
     * The customer says the answer did not answer the question: the ticket goes back to the agents (open) if it was
     * waiting for the customer. Nothing else changes.
     *
     * @throws HelpException when the link is not genuine
     */
    @Transactional
    public void notAnswered(String token) {
        AnswerStore.Sent sent = answers.byToken(token).orElseThrow(() -> new HelpException("help.error.link"));
        if (sent.answeredAt() == null) {
            inbox.find(sent.ticketNumber())
                    .filter(t -> t.status() == TicketStatus.PENDING)
                    .ifPresent(t -> updates.status(t.number(), TicketStatus.OPEN, Actor.customer()));
        }
    }

    /** Per intent, the tickets answered at once since the instant and how many the customer solved so. */
    public List<Deflection> deflection(Instant since) {
        return answers.since(since);
    }

    private HelpAnswer answer(AnswerStore.Sent sent) {
        List<HelpArticle> shown = articles.all(sent.articleIds()).stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .toList();
        return new HelpAnswer(
                sent.ticketNumber(),
                shown,
                sent.answeredAt() != null,
                !clock.instant().isBefore(sent.expiresAt()));
    }
}
