package app.cairn.messaging.internal.tracking;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which topics customers left, and the audit of every change to that. */
@Component
public class TopicPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    public TopicPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which of these customers left the topic. */
    public Set<Long> leftAmong(Collection<Long> customerIds, long topicId) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT customer_id FROM email_topic_optout WHERE topic_id = :topic AND customer_id IN (:ids)""")
                .param("topic", topicId)
                .param("ids", customerIds)
                .query(Long.class)
                .list());
    }

    /** The topics the customer left. */
    public Set<Long> left(long customerId) {
        return new HashSet<>(jdbc.sql("SELECT topic_id FROM email_topic_optout WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .list());
    }

    /** Subscribes the customer to the topic or takes it off; a change is audited with its source. */
    public void set(long customerId, long topicId, boolean subscribed, String source) {
        Instant now = clock.instant();
        int changed = subscribed
                ? jdbc.sql("DELETE FROM email_topic_optout WHERE customer_id = ? AND topic_id = ?")
                        .params(customerId, topicId)
                        .update()
                : jdbc.sql("""
                                INSERT IGNORE INTO email_topic_optout (customer_id, topic_id, changed_at)
                                VALUES (?, ?, ?)""")
                        .params(customerId, topicId, UtcColumns.toColumn(now))
                        .update();
        if (changed > 0) {
            audit(customerId, topicId, subscribed, source, now);
        }
    }

    /** Records a change to all e-mail (topic null) in the same audit. */
    public void audit(long customerId, Long topicId, boolean subscribed, String source, Instant at) {
        jdbc.sql("""
                        INSERT INTO email_preference_change (customer_id, topic_id, subscribed, changed_at, source)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(customerId, topicId, subscribed, UtcColumns.toColumn(at), source)
                .update();
    }
}
