package app.cairn.messaging.internal.delivery;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.ComposedEmail;
import app.cairn.messaging.MessageSource;
import app.cairn.messaging.MessageStatus;
import app.cairn.messaging.ServiceEmail;
import app.cairn.messaging.SuppressionReason;
import app.cairn.messaging.TemplateSyntaxException;
import app.cairn.messaging.internal.bounces.SuppressionStore;
import app.cairn.messaging.internal.templates.ContentCache;
import app.cairn.messaging.internal.templates.EmailComposer;
import app.cairn.messaging.internal.templates.MergeValues;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.messaging.internal.tracking.MessageLinks;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed batch over a sender's connection. Each message is rendered from its frozen template for its
 * customer, checked once more against the suppression list and consent, and handed to the server under the
 * node's rate limit. A 4xx reply queues it again with a growing delay ({@link #BACKOFF}), a 5xx reply bounces it
 * and suppresses the address, and an unreachable server puts the rest of the batch back without counting the
 * try. Messages the server took are marked sent every {@value #MARK_EVERY} messages, so at most that many can
 * be sent twice if the node dies.
 */
@Component
public class MessageDelivery {

    public static final Duration[] BACKOFF = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)
    };
    public static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(10);
    public static final int MARK_EVERY = 10;
    /** Put before the subject of a test send, so that nobody takes it for the real message. */
    public static final String TEST_MARKER = "[Test] ";

    private final Outbox outbox;
    private final SettingsStore settings;
    private final ContentCache contents;
    private final ServiceMailStore serviceMails;
    private final MergeValues merge;
    private final EmailComposer composer;
    private final MessageLinks links;
    private final SuppressionStore suppressions;
    private final CustomerManagement customers;
    private final Clock clock;
    private final MessagingProperties properties;
    private final SendRate rate = new SendRate();

    @SuppressWarnings("java:S107") // the collaborators of one send, each a bean
    public MessageDelivery(
            Outbox outbox,
            SettingsStore settings,
            ContentCache contents,
            ServiceMailStore serviceMails,
            MergeValues merge,
            EmailComposer composer,
            MessageLinks links,
            SuppressionStore suppressions,
            CustomerManagement customers,
            Clock clock,
            MessagingProperties properties) {
        this.outbox = outbox;
        this.settings = settings;
        this.contents = contents;
        this.serviceMails = serviceMails;
        this.merge = merge;
        this.composer = composer;
        this.links = links;
        this.suppressions = suppressions;
        this.customers = customers;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Claims and sends one batch. Answers how many messages it claimed (0: nothing was due).
     *
     * @throws ServerUnreachable when the SMTP server could not be reached; the batch's rest is queued again
     */
    public int sendBatch(SmtpConnection connection) throws InterruptedException {
        SettingsStore.Stored current = settings.current();
        Session session = connection.session(current.smtp(), current.version());
        List<Outbox.ClaimedMessage> batch = outbox.claim(properties.batchSize(), properties.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        long deadline = System.nanoTime() + properties.lease().toNanos() * 3 / 4;
        Recipients recipients = recipients(batch);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Outbox.ClaimedMessage message = batch.get(i);
            if (System.nanoTime() > deadline) {
                outbox.markSent(sent);
                outbox.retry(ids(batch.subList(i, batch.size())), clock.instant(), "lease ran out", false);
                return batch.size();
            }
            if (!recipients.mayReceive(message)) {
                outbox.finish(message.id(), MessageStatus.CANCELLED, "suppressed or consent withdrawn");
                continue;
            }
            MimeMessage mime;
            try {
                mime = build(session, message, recipients.contact(message));
            } catch (TemplateSyntaxException | jakarta.mail.MessagingException | IllegalArgumentException broken) {
                outbox.finish(message.id(), MessageStatus.FAILED, broken.getMessage());
                continue;
            }
            rate.acquire(current.smtp().ratePerSecond());
            SmtpConnection.Result result = connection.send(mime);
            switch (result.outcome()) {
                case SENT -> {
                    sent.add(message.id());
                    if (sent.size() >= MARK_EVERY) {
                        outbox.markSent(sent);
                        sent.clear();
                    }
                }
                case TRANSIENT -> retryLater(message, result.detail());
                case PERMANENT -> bounce(message, result.detail());
                case UNREACHABLE -> {
                    outbox.markSent(sent);
                    outbox.retry(
                            ids(batch.subList(i, batch.size())),
                            clock.instant().plus(UNREACHABLE_PAUSE),
                            result.detail(),
                            false);
                    throw new ServerUnreachable(result.detail());
                }
            }
        }
        outbox.markSent(sent);
        return batch.size();
    }

    private MimeMessage build(Session session, Outbox.ClaimedMessage message, CustomerContact contact)
            throws jakarta.mail.MessagingException {
        if (message.source() == MessageSource.SERVICE) {
            ServiceEmail email = serviceMails
                    .find(message.id())
                    .orElseThrow(() -> new IllegalArgumentException("No service mail for message " + message.id()));
            return MimeMessages.buildService(session, message.id(), email, clock.instant());
        }
        ContentCache.Prepared prepared = contents.get(message.contentId());
        TemplateStore.Content content = prepared.content();
        String unsubscribe = links.unsubscribe(message.id());
        String preferences = links.preferences(message.id());
        Map<String, Object> values = merge.of(contact, content.htmlBody(), unsubscribe, preferences);
        Locale locale = contact.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(contact.language());
        String subject = prepared.compiled().subject(values);
        ComposedEmail email = composer.compose(
                message.source() == MessageSource.TEST ? TEST_MARKER + subject : subject,
                prepared.compiled().preheader(values),
                prepared.compiled().body(values),
                message.id(),
                unsubscribe,
                preferences,
                locale);
        return MimeMessages.build(session, message.id(), content.sender(), message.toAddress(), email, clock.instant());
    }

    private void retryLater(Outbox.ClaimedMessage message, String detail) {
        if (message.attempt() > BACKOFF.length) {
            outbox.finish(message.id(), MessageStatus.FAILED, detail);
        } else {
            outbox.retry(List.of(message.id()), clock.instant().plus(BACKOFF[message.attempt() - 1]), detail, true);
        }
    }

    private void bounce(Outbox.ClaimedMessage message, String detail) {
        outbox.finish(message.id(), MessageStatus.BOUNCED, detail);
        suppressions.add(message.toAddress(), SuppressionReason.BOUNCE, detail, null);
    }

    private Recipients recipients(List<Outbox.ClaimedMessage> batch) {
        Map<Long, CustomerContact> contacts = new HashMap<>();
        List<Long> customerIds = batch.stream()
                .map(Outbox.ClaimedMessage::customerId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        customers.contacts(customerIds).forEach(c -> contacts.put(c.id(), c));
        Set<String> suppressed = suppressions.among(
                batch.stream().map(Outbox.ClaimedMessage::toAddress).toList());
        return new Recipients(contacts, suppressed);
    }

    private static List<Long> ids(List<Outbox.ClaimedMessage> messages) {
        return messages.stream().map(Outbox.ClaimedMessage::id).toList();
    }

    /** The batch's customers and which of its addresses are suppressed. */
    private record Recipients(Map<Long, CustomerContact> contacts, Set<String> suppressed) {

        boolean mayReceive(Outbox.ClaimedMessage message) {
            if (message.source() == MessageSource.TEST || message.source() == MessageSource.SERVICE) {
                // a test goes to staff; service mail answers someone who wrote to the shop (no marketing consent
                // needed)
                return true;
            }
            CustomerContact contact = message.customerId() == null ? null : contacts.get(message.customerId());
            return contact != null
                    && contact.emailConsent()
                    && !suppressed.contains(SuppressionStore.normal(message.toAddress()));
        }

        CustomerContact contact(Outbox.ClaimedMessage message) {
            CustomerContact contact = message.customerId() == null ? null : contacts.get(message.customerId());
            return contact != null
                    ? contact
                    : new CustomerContact(
                            0, message.toAddress(), null, null, null, null, null, null, false, null, false, null, null);
        }
    }

    /** The SMTP server could not be reached; the sender should pause. */
    public static final class ServerUnreachable extends RuntimeException {
        ServerUnreachable(String detail) {
            super(detail);
        }
    }
}
