package app.cairn.messaging.internal.broadcasts;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.BroadcastStatus;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.MessageSource;
import app.cairn.messaging.SenderIdentity;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SkipReason;
import app.cairn.messaging.internal.delivery.NewMessage;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.RecipientCheck;
import app.cairn.messaging.internal.delivery.RecipientChecks;
import app.cairn.messaging.internal.delivery.SenderStore;
import app.cairn.messaging.internal.delivery.SettingsStore;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.segment.SegmentMembership;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a broadcast's messages: walks the segment's members {@value #PAGE} at a time in id order, decides for
 * each page who gets a message ({@link RecipientCheck}) and writes the page's messages, skip counts and progress
 * in one transaction. A restart carries on after the last page written, and the messages' idempotency keys
 * make a page written twice harmless. Only one page is ever in memory.
 */
@Component
public class BroadcastQueueing {

    public static final int PAGE = 1000;

    private final BroadcastStore broadcasts;
    private final TemplateStore templates;
    private final SenderStore senders;
    private final SegmentMembership membership;
    private final CustomerManagement customers;
    private final RecipientChecks checks;
    private final Outbox outbox;
    private final SettingsStore settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @SuppressWarnings("java:S107") // each is one of the things a page is checked against
    public BroadcastQueueing(
            BroadcastStore broadcasts,
            TemplateStore templates,
            SenderStore senders,
            SegmentMembership membership,
            CustomerManagement customers,
            RecipientChecks checks,
            Outbox outbox,
            SettingsStore settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.broadcasts = broadcasts;
        this.templates = templates;
        this.senders = senders;
        this.membership = membership;
        this.customers = customers;
        this.checks = checks;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues the broadcast's messages to the end, unless it was cancelled meanwhile. */
    public void queue(long id) {
        Boolean started = transactions.execute(status -> start(id));
        if (!Boolean.TRUE.equals(started)) {
            return;
        }
        while (Boolean.TRUE.equals(transactions.execute(status -> queuePage(id)))) {
            // one page per transaction
        }
    }

    /** Freezes the template for a broadcast due now; answers whether it is (now) queueing. */
    private boolean start(long id) {
        BroadcastStore.Row row = broadcasts.find(id).orElse(null);
        if (row == null) {
            return false;
        }
        if (row.broadcast().status() == BroadcastStatus.SCHEDULED) {
            EmailTemplate template =
                    templates.find(row.broadcast().templateId()).orElseThrow();
            SenderIdentity sender = senders.sender(template.senderId()).orElseThrow();
            return broadcasts.start(id, templates.freeze(template, sender));
        }
        return row.broadcast().status() == BroadcastStatus.QUEUEING;
    }

    /** Queues the next page; answers whether there may be more. */
    private boolean queuePage(long id) {
        if (broadcasts.lockStatus(id) != BroadcastStatus.QUEUEING) {
            return false;
        }
        BroadcastStore.Row row = broadcasts.find(id).orElseThrow();
        List<Long> page = membership.memberIdsAfter(row.broadcast().segmentId(), row.queuedThrough(), PAGE);
        if (page.isEmpty()) {
            broadcasts.queuedAll(id);
            return false;
        }
        TemplateStore.Content content = templates.content(row.contentId()).orElseThrow();
        SendingRules rules = settings.current().rules();
        Instant now = clock.instant();
        List<CustomerContact> contacts = customers.contacts(page);
        RecipientCheck check = checks.forPage(page, contacts, content.topicId(), rules, now);
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        List<NewMessage> messages = new ArrayList<>(contacts.size());
        int deferred = 0;
        for (CustomerContact contact : contacts) {
            RecipientCheck.Decision decision = check.decide(contact);
            if (decision.skipped() != null) {
                skipped.merge(decision.skipped(), 1, Integer::sum);
                continue;
            }
            if (decision.notBefore().isAfter(now)) {
                deferred++;
            }
            messages.add(new NewMessage(
                    "broadcast:" + id + ":" + contact.id(),
                    MessageSource.BROADCAST,
                    id,
                    row.contentId(),
                    contact.id(),
                    contact.email(),
                    true,
                    decision.notBefore()));
        }
        int queued = outbox.enqueue(messages);
        broadcasts.advance(id, page.getLast(), queued, deferred, skipped);
        if (page.size() < PAGE) {
            broadcasts.queuedAll(id);
            return false;
        }
        return true;
    }
}
