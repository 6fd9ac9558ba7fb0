package app.cairn.messaging;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.SenderStore;
import app.cairn.messaging.internal.tracking.Engagement;
import app.cairn.messaging.internal.tracking.LinkSigner;
import app.cairn.messaging.internal.tracking.MessageLinks;
import app.cairn.messaging.internal.tracking.TopicPreferences;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient's side, opened by the signed tokens in a message's links and needing no sign-in: the unsubscribe
 * page and the preference centre (all e-mail, or topic by topic). Every change is kept: consent in the customer's
 * consent history, topics in the preference audit, each with where it came from. A forged or altered token opens
 * nothing, and neither does one older than its kind's validity.
 */
@Service
public class EmailPreferences {

    static final String CENTRE_SOURCE = "preference centre";
    static final String PAGE_SOURCE = "unsubscribe page";

    private final MessageLinks links;
    private final Engagement engagement;
    private final TopicPreferences topics;
    private final SenderStore senders;
    private final CustomerManagement customers;
    private final Outbox outbox;

    EmailPreferences(
            MessageLinks links,
            Engagement engagement,
            TopicPreferences topics,
            SenderStore senders,
            CustomerManagement customers,
            Outbox outbox) {
        this.links = links;
        this.engagement = engagement;
        this.topics = topics;
        this.senders = senders;
        this.customers = customers;
        this.outbox = outbox;
    }

    /** Whether the unsubscribe token is genuine and still valid. */
    public LinkStatus unsubscribeLink(String token) {
        return status(links.messageOf(LinkSigner.Kind.UNSUBSCRIBE, token));
    }

    /** Whether the preference centre's token is genuine and still valid. */
    public LinkStatus preferenceCentreLink(String token) {
        return status(links.messageOf(LinkSigner.Kind.PREFERENCES, token));
    }

    /**
     * Unsubscribes the recipient of the token's message from all e-mail; false for a token that is not genuine or
     * has expired.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        return valid(LinkSigner.Kind.UNSUBSCRIBE, token)
                .map(id -> engagement.unsubscribed(id, PAGE_SOURCE))
                .orElse(false);
    }

    /** The address of the preference centre (a fresh link) for the message a valid unsubscribe token belongs to. */
    public Optional<String> preferencesLink(String unsubscribeToken) {
        return valid(LinkSigner.Kind.UNSUBSCRIBE, unsubscribeToken).map(links::preferences);
    }

    /** What the preference centre shows for the token's recipient; empty for a token not genuine or expired. */
    @Transactional(readOnly = true)
    public Optional<PreferenceCentre> centre(String token) {
        return recipient(token).map(r -> {
            Set<Long> left = topics.left(r.customer().id());
            List<PreferenceCentre.TopicChoice> choices = senders.topics().stream()
                    .map(t -> new PreferenceCentre.TopicChoice(t, !left.contains(t.id())))
                    .toList();
            return new PreferenceCentre(r.address(), r.customer().emailConsent(), choices);
        });
    }

    /**
     * Saves the recipient's choices: all e-mail on or off (off withdraws e-mail consent; on gives it again, from
     * the preference centre), and which topics to take. False for a token that is not genuine or has expired.
     */
    @Transactional
    public boolean save(String token, boolean allEmail, Set<Long> subscribedTopics) {
        Optional<Recipient> found = recipient(token);
        found.ifPresent(r -> {
            for (EmailTopic topic : senders.topics()) {
                topics.set(r.customer().id(), topic.id(), subscribedTopics.contains(topic.id()), CENTRE_SOURCE);
            }
            if (!allEmail && r.customer().emailConsent()) {
                engagement.unsubscribed(r.messageId(), CENTRE_SOURCE);
            } else if (allEmail && !r.customer().emailConsent()) {
                customers.setConsent(
                        r.customer().id(), ConsentChannel.EMAIL, true, CENTRE_SOURCE, LegalBasis.CONSENT, null);
            }
        });
        return found.isPresent();
    }

    private Optional<Recipient> recipient(String token) {
        return valid(LinkSigner.Kind.PREFERENCES, token).flatMap(id -> outbox.addressee(id)
                .filter(to -> to.customerId() != null)
                .flatMap(to -> customers.contacts(List.of(to.customerId())).stream()
                        .findFirst()
                        .map(c -> new Recipient(id, to.address(), c))));
    }

    private Optional<Long> valid(LinkSigner.Kind kind, String token) {
        return links.messageOf(kind, token).filter(link -> !link.expired()).map(MessageLinks.LinkedMessage::messageId);
    }

    private static LinkStatus status(Optional<MessageLinks.LinkedMessage> link) {
        return link.map(l -> l.expired() ? LinkStatus.EXPIRED : LinkStatus.VALID)
                .orElse(LinkStatus.NOT_GENUINE);
    }

    private record Recipient(long messageId, String address, CustomerContact customer) {}
}
