package app.cairn.messaging.internal.tracking;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.messaging.MessageSource;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What recipients do with a message: opens, clicks and unsubscribes are recorded on the message (the first of
 * each) and as engagement rows (every one, for the report's chart), and recorded as the customer's events
 * {@code EMAIL_OPENED} and {@code EMAIL_CLICKED} (the first open, and the first click on each link): the timeline,
 * segment rules and journeys' engagement branches all read those. An unsubscribe withdraws the customer's e-mail
 * consent.
 */
@Component
public class Engagement {

    public static final String UNSUBSCRIBE_SOURCE = "unsubscribe link";

    private final JdbcClient jdbc;
    private final CommerceManagement commerce;
    private final CustomerManagement customers;
    private final TopicPreferences preferences;
    private final JsonMapper json;
    private final Clock clock;

    @SuppressWarnings("java:S107") // each records one side of an engagement
    public Engagement(
            JdbcClient jdbc,
            CommerceManagement commerce,
            CustomerManagement customers,
            TopicPreferences preferences,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.commerce = commerce;
        this.customers = customers;
        this.preferences = preferences;
        this.json = json;
        this.clock = clock;
    }

    /** Records an open; answers false for a message that does not exist. */
    @Transactional
    public boolean opened(long messageId) {
        Optional<Sent> message = sent(messageId);
        message.ifPresent(m -> {
            Instant now = clock.instant();
            record(messageId, "OPEN", null, now);
            firstOpen(m, now);
        });
        return message.isPresent();
    }

    /** Records a click on a link to {@code url} (a click is an open too); false for an unknown message. */
    @Transactional
    public boolean clicked(long messageId, String url) {
        Optional<Sent> message = sent(messageId);
        message.ifPresent(m -> {
            Instant now = clock.instant();
            boolean firstOnLink =
                    jdbc.sql("""
                            SELECT COUNT(*) FROM email_engagement WHERE message_id = ? AND kind = 'CLICK' AND url = ?""").params(messageId, url).query(Long.class).single() == 0;
            record(messageId, "CLICK", url, now);
            firstOpen(m, now);
            jdbc.sql("UPDATE email_message SET clicked_at = COALESCE(clicked_at, ?) WHERE id = ?")
                    .params(UtcColumns.toColumn(now), messageId)
                    .update();
            if (firstOnLink && m.customerId() != null && m.source() != MessageSource.TEST) {
                commerce.recordEvent(m.customerId(), EventType.EMAIL_CLICKED, null, now, properties(m, url));
            }
        });
        return message.isPresent();
    }

    /**
     * Unsubscribes the message's customer from all e-mail: e-mail consent is withdrawn (kept in the consent
     * history with this source) and the change audited. Answers false for an unknown message.
     */
    @Transactional
    public boolean unsubscribed(long messageId, String source) {
        Optional<Sent> message = sent(messageId);
        message.ifPresent(m -> {
            Instant now = clock.instant();
            int first = jdbc.sql(
                            "UPDATE email_message SET unsubscribed_at = ? WHERE id = ? AND unsubscribed_at IS NULL")
                    .params(UtcColumns.toColumn(now), messageId)
                    .update();
            if (first == 1) {
                record(messageId, "UNSUBSCRIBE", null, now);
            }
            if (m.customerId() != null && m.source() != MessageSource.TEST) {
                customers.setConsent(m.customerId(), ConsentChannel.EMAIL, false, source, LegalBasis.CONSENT, null);
                preferences.audit(m.customerId(), null, false, source, now);
            }
        });
        return message.isPresent();
    }

    private void firstOpen(Sent m, Instant now) {
        int first = jdbc.sql("UPDATE email_message SET opened_at = ? WHERE id = ? AND opened_at IS NULL")
                .params(UtcColumns.toColumn(now), m.id())
                .update();
        if (first == 1 && m.customerId() != null && m.source() != MessageSource.TEST) {
            commerce.recordEvent(m.customerId(), EventType.EMAIL_OPENED, null, now, properties(m, null));
        }
    }

    private void record(long messageId, String kind, String url, Instant at) {
        jdbc.sql("INSERT INTO email_engagement (message_id, kind, at, url) VALUES (?, ?, ?, ?)")
                .params(messageId, kind, UtcColumns.toColumn(at), url)
                .update();
    }

    private String properties(Sent m, String url) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("message", m.id());
        values.put("subject", m.subject());
        if (m.source() == MessageSource.BROADCAST) {
            values.put("broadcast", m.sourceId());
        }
        if (url != null) {
            values.put("url", url);
        }
        return json.writeValueAsString(values);
    }

    private Optional<Sent> sent(long messageId) {
        return jdbc.sql("""
                        SELECT m.id, m.customer_id, m.source, m.source_id, c.subject FROM email_message m
                        JOIN email_content c ON c.id = m.content_id WHERE m.id = ?""")
                .param(messageId)
                .query((rs, row) -> new Sent(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        MessageSource.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class),
                        rs.getString(5)))
                .optional();
    }

    /** The message an engagement is about. */
    public record Sent(long id, Long customerId, MessageSource source, Long sourceId, String subject) {}
}
