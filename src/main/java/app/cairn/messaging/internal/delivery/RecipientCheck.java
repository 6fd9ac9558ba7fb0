package app.cairn.messaging.internal.delivery;

import app.cairn.customer.CustomerContact;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SkipReason;
import app.cairn.messaging.internal.bounces.SuppressionStore;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * Decides for one page of a marketing send who gets a message and when: consent, the suppression list, the
 * template's topic and the frequency cap may leave a customer out; quiet hours in the customer's time zone (the
 * default zone when unknown) may hold the message back until they end.
 */
public final class RecipientCheck {

    /** Whom a page leaves out, and when the others' messages may go. */
    public record Decision(SkipReason skipped, Instant notBefore) {}

    private final SendingRules rules;
    private final Set<String> suppressed;
    private final Set<Long> leftTopic;
    private final Map<Long, Integer> sentInWindow;
    private final Instant now;
    private final ZoneId defaultZone;

    public RecipientCheck(
            SendingRules rules,
            Set<String> suppressed,
            Set<Long> leftTopic,
            Map<Long, Integer> sentInWindow,
            Instant now) {
        this.rules = rules;
        this.suppressed = suppressed;
        this.leftTopic = leftTopic;
        this.sentInWindow = sentInWindow;
        this.now = now;
        this.defaultZone = ZoneId.of(rules.defaultTimeZone());
    }

    public Decision decide(CustomerContact contact) {
        if (contact.email() == null || contact.email().isBlank()) {
            return new Decision(SkipReason.NO_ADDRESS, null);
        }
        if (!contact.emailConsent()) {
            return new Decision(SkipReason.NO_CONSENT, null);
        }
        if (suppressed.contains(SuppressionStore.normal(contact.email()))) {
            return new Decision(SkipReason.SUPPRESSED, null);
        }
        if (leftTopic.contains(contact.id())) {
            return new Decision(SkipReason.TOPIC_LEFT, null);
        }
        if (rules.capMessages() > 0 && sentInWindow.getOrDefault(contact.id(), 0) >= rules.capMessages()) {
            return new Decision(SkipReason.FREQUENCY_CAP, null);
        }
        if (!rules.hasQuietHours()) {
            return new Decision(null, now);
        }
        return new Decision(null, new QuietHours(rules.quietStart(), rules.quietEnd()).nextAllowed(now, zone(contact)));
    }

    private ZoneId zone(CustomerContact contact) {
        try {
            if (contact.timeZone() != null && !contact.timeZone().isBlank()) {
                return ZoneId.of(contact.timeZone());
            }
        } catch (DateTimeException unknownZone) {
            // falls back to the default zone
        }
        return defaultZone;
    }
}
