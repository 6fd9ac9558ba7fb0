package app.cairn.messaging;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.internal.delivery.NewMessage;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.RecipientCheck;
import app.cairn.messaging.internal.delivery.RecipientChecks;
import app.cairn.messaging.internal.delivery.SenderStore;
import app.cairn.messaging.internal.delivery.SettingsStore;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.shared.RefusedException;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails sent to one customer at a time because something happened, such as a journey reaching a send step. They
 * go through the same outbox, checks (consent, suppression, topic) and tracking as broadcasts, from a template
 * frozen once for every message of the step.
 */
@Service
public class TriggeredEmails {

    private final TemplateStore templates;
    private final SenderStore senders;
    private final CustomerManagement customers;
    private final RecipientChecks checks;
    private final Outbox outbox;
    private final SettingsStore settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    @SuppressWarnings("java:S107") // each is one of the things a queued message is checked against
    TriggeredEmails(
            TemplateStore templates,
            SenderStore senders,
            CustomerManagement customers,
            RecipientChecks checks,
            Outbox outbox,
            SettingsStore settings,
            JdbcClient jdbc,
            Clock clock) {
        this.templates = templates;
        this.senders = senders;
        this.customers = customers;
        this.checks = checks;
        this.outbox = outbox;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Freezes the template with its sender as they are now; messages queued with the answered content id are made
     * from it, whatever later edits change.
     *
     * @throws RefusedException when there is no such template
     */
    @Transactional
    public long freeze(long templateId) {
        EmailTemplate template = templates
                .find(templateId)
                .orElseThrow(
                        () -> new RefusedException("messaging.error.template-not-found", String.valueOf(templateId)));
        SenderIdentity sender = senders.sender(template.senderId()).orElseThrow();
        return templates.freeze(template, sender);
    }

    /**
     * Queues the messages in the caller's transaction, so they are written with whatever led to them or not at all.
     * Customers without an address or consent, suppressed or out of the content's topic get none; the frequency
     * cap and quiet hours apply when {@code sendingRules} is true.
     *
     * @return the reason for each key that was skipped; queued keys (and keys queued before) are absent
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, SkipReason> queue(long contentId, List<TriggeredEmail> emails, boolean sendingRules) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        TemplateStore.Content content = templates
                .content(contentId)
                .orElseThrow(() -> new IllegalArgumentException("No frozen content " + contentId));
        Instant now = clock.instant();
        SendingRules rules = settings.current().rules();
        if (!sendingRules) {
            rules = new SendingRules(0, rules.capDays(), null, null, rules.defaultTimeZone());
        }
        Set<Long> ids = emails.stream().map(TriggeredEmail::customerId).collect(Collectors.toSet());
        Map<Long, CustomerContact> contacts =
                customers.contacts(ids).stream().collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        RecipientCheck check = checks.forPage(ids, List.copyOf(contacts.values()), content.topicId(), rules, now);
        Map<String, SkipReason> skipped = new HashMap<>();
        List<NewMessage> messages = new java.util.ArrayList<>(emails.size());
        for (TriggeredEmail email : emails) {
            CustomerContact contact = contacts.get(email.customerId());
            RecipientCheck.Decision decision =
                    contact == null ? new RecipientCheck.Decision(SkipReason.NO_ADDRESS, null) : check.decide(contact);
            if (decision.skipped() != null) {
                skipped.put(email.key(), decision.skipped());
                continue;
            }
            messages.add(new NewMessage(
                    email.key(),
                    MessageSource.JOURNEY,
                    email.sourceId(),
                    contentId,
                    contact.id(),
                    contact.email(),
                    true,
                    decision.notBefore()));
        }
        outbox.enqueue(messages);
        return skipped;
    }

    /** For each of these sources (journey enrolments), the latest message made from the content, if any. */
    @Transactional(readOnly = true)
    public Map<Long, SentEmail> latest(long contentId, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SentEmail> latest = new HashMap<>();
        jdbc.sql("""
                        SELECT source_id, id, status, created_at, sent_at, opened_at, clicked_at FROM email_message
                        WHERE source = 'JOURNEY' AND source_id IN (:sources) AND content_id = :content
                        ORDER BY id""").param("sources", sourceIds).param("content", contentId).query(rs -> {
            latest.put(
                    rs.getLong(1),
                    new SentEmail(
                            rs.getLong(2),
                            MessageStatus.valueOf(rs.getString(3)),
                            UtcColumns.read(rs, 4),
                            UtcColumns.read(rs, 5),
                            UtcColumns.read(rs, 6),
                            UtcColumns.read(rs, 7)));
        });
        return latest;
    }
}
