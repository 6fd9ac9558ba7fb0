package app.cairn.messaging.internal.broadcasts;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.BroadcastAudience;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SkipReason;
import app.cairn.messaging.internal.delivery.RecipientCheck;
import app.cairn.messaging.internal.delivery.RecipientChecks;
import app.cairn.messaging.internal.delivery.SettingsStore;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.segment.SegmentMembership;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out a broadcast's audience before it is confirmed, with the same checks the queueing applies, a page of
 * {@value BroadcastQueueing#PAGE} members at a time (only one page is in memory).
 */
@Component
public class BroadcastAudiences {

    private final SegmentMembership membership;
    private final CustomerManagement customers;
    private final RecipientChecks checks;
    private final SettingsStore settings;
    private final TemplateStore templates;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BroadcastAudiences(
            SegmentMembership membership,
            CustomerManagement customers,
            RecipientChecks checks,
            SettingsStore settings,
            TemplateStore templates,
            JdbcClient jdbc,
            Clock clock) {
        this.membership = membership;
        this.customers = customers;
        this.checks = checks;
        this.settings = settings;
        this.templates = templates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public BroadcastAudience audience(long templateId, long segmentId) {
        EmailTemplate template = templates.find(templateId).orElseThrow();
        Long topic = template.topicId();
        SendingRules rules = settings.current().rules();
        Instant now = clock.instant();
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        long members = 0;
        long recipients = 0;
        long after = 0;
        List<Long> page;
        do {
            page = membership.memberIdsAfter(segmentId, after, BroadcastQueueing.PAGE);
            if (page.isEmpty()) {
                break;
            }
            members += page.size();
            List<CustomerContact> contacts = customers.contacts(page);
            RecipientCheck check = checks.forPage(page, contacts, topic, rules, now);
            for (CustomerContact contact : contacts) {
                SkipReason reason = check.decide(contact).skipped();
                if (reason == null) {
                    recipients++;
                } else {
                    skipped.merge(reason, 1L, Long::sum);
                }
            }
            after = page.getLast();
        } while (page.size() == BroadcastQueueing.PAGE);
        return new BroadcastAudience(members, recipients, Map.copyOf(skipped), lastTest(templateId));
    }

    private Instant lastTest(long templateId) {
        return jdbc.sql("SELECT MAX(created_at) FROM email_message WHERE source = 'TEST' AND source_id = ?")
                .param(templateId)
                .query((rs, row) -> UtcColumns.read(rs, 1))
                .single();
    }
}
