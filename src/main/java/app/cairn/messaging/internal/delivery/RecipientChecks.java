package app.cairn.messaging.internal.delivery;

import app.cairn.customer.CustomerContact;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.internal.bounces.SuppressionStore;
import app.cairn.messaging.internal.tracking.TopicPreferences;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link RecipientCheck} for one page of recipients: the suppressed addresses, who left the topic and
 * how many messages each had within the frequency cap's window are read for the whole page at once.
 */
@Component
public class RecipientChecks {

    private final SuppressionStore suppressions;
    private final TopicPreferences topics;
    private final Outbox outbox;

    public RecipientChecks(SuppressionStore suppressions, TopicPreferences topics, Outbox outbox) {
        this.suppressions = suppressions;
        this.topics = topics;
        this.outbox = outbox;
    }

    /**
     * The check for these customers' messages of the given topic (null for none), under the rules.
     *
     * @param rules the rules to keep to; a rule set without a cap or quiet hours leaves those out
     */
    public RecipientCheck forPage(
            Collection<Long> customerIds,
            List<CustomerContact> contacts,
            Long topicId,
            SendingRules rules,
            Instant now) {
        Set<String> suppressed = suppressions.among(contacts.stream()
                .map(CustomerContact::email)
                .filter(Objects::nonNull)
                .toList());
        Set<Long> leftTopic = topicId == null ? Set.of() : topics.leftAmong(customerIds, topicId);
        Map<Long, Integer> sentInWindow = rules.capMessages() > 0
                ? outbox.capCounts(customerIds, now.minus(Duration.ofDays(rules.capDays())))
                : Map.of();
        return new RecipientCheck(rules, suppressed, leftTopic, sentInWindow, now);
    }
}
