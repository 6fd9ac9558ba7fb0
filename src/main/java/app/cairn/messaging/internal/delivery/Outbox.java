package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.MessageSource;
import app.cairn.messaging.MessageStatus;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.BulkInsert;
import app.cairn.shared.jdbc.Deadlocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table. Messages go in by idempotency key (a key already there adds nothing); senders claim due
 * messages in batches with {@code FOR UPDATE SKIP LOCKED}, so any number of senders on any number of nodes never
 * claim the same message, and hold them for a lease: a message whose sender died goes back to the queue when its
 * lease runs out.
 */
@Component
public class Outbox {

    private static final List<String> COLUMNS = List.of(
            "idempotency_key",
            "source",
            "source_id",
            "content_id",
            "customer_id",
            "to_address",
            "counts_to_cap",
            "status",
            "not_before",
            "created_at");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, BulkInsert bulk, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues the messages whose keys are new, in the caller's transaction; answers how many went in. */
    public int enqueue(List<NewMessage> messages) {
        Instant now = clock.instant();
        return bulk.insertNew(
                "email_message", COLUMNS, messages.stream().map(m -> m.row(now)).toList());
    }

    /** The id of the message with this key. */
    public long idOf(String idempotencyKey) {
        return jdbc.sql("SELECT id FROM email_message WHERE idempotency_key = ?")
                .param(idempotencyKey)
                .query(Long.class)
                .single();
    }

    /** Whom the message went to: its address and its customer (null for a test without one). */
    public java.util.Optional<Addressee> addressee(long id) {
        return jdbc.sql("SELECT to_address, customer_id FROM email_message WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Addressee(rs.getString(1), rs.getObject(2, Long.class)))
                .optional();
    }

    /** Claims up to {@code limit} due messages for {@code lease}, in a transaction of its own. */
    public List<ClaimedMessage> claim(int limit, Duration lease) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            List<ClaimedMessage> claimed = jdbc.sql("""
                            SELECT id, content_id, customer_id, to_address, source, attempts FROM email_message
                            WHERE status = 'QUEUED' AND not_before <= ?
                            ORDER BY not_before, id LIMIT ? FOR UPDATE SKIP LOCKED""")
                    .params(UtcColumns.toColumn(now), limit)
                    .query((rs, row) -> new ClaimedMessage(
                            rs.getLong(1),
                            rs.getObject(2, Long.class),
                            rs.getObject(3, Long.class),
                            rs.getString(4),
                            MessageSource.valueOf(rs.getString(5)),
                            rs.getInt(6) + 1))
                    .list();
            if (!claimed.isEmpty()) {
                jdbc.sql("""
                                UPDATE email_message SET status = 'SENDING', lease_until = :lease, attempts = attempts + 1
                                WHERE id IN (:ids)""")
                        .param("lease", UtcColumns.toColumn(now.plus(lease)))
                        .param("ids", claimed.stream().map(ClaimedMessage::id).toList())
                        .update();
            }
            return claimed;
        });
    }

    /**
     * Puts messages whose sender died back in the queue; answers how many. It goes through every message being sent,
     * so it can meet a sender marking its messages in a deadlock; it is then tried again.
     */
    public int releaseExpired() {
        return Deadlocks.answer(
                () -> jdbc.sql("""
                        UPDATE email_message SET status = 'QUEUED', lease_until = NULL
                        WHERE status = 'SENDING' AND lease_until < ?""").param(UtcColumns.toColumn(clock.instant())).update());
    }

    /**
     * Marks the messages sent. Tried again when it loses a deadlock (with the lease check of another sender, say): a
     * sent message left unmarked goes back to the queue when its lease runs out and is sent twice.
     */
    public void markSent(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            Deadlocks.retry(() -> jdbc.sql("""
                            UPDATE email_message SET status = 'SENT', sent_at = :now, lease_until = NULL, last_error = NULL
                            WHERE id IN (:ids) AND status = 'SENDING'""")
                    .param("now", UtcColumns.toColumn(clock.instant()))
                    .param("ids", ids)
                    .update());
        }
    }

    /**
     * Queues messages again for {@code notBefore}. {@code countAttempt} false takes back the attempt the claim
     * counted (the server was not reachable, so the message itself never got a try).
     */
    public void retry(Collection<Long> ids, Instant notBefore, String error, boolean countAttempt) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            UPDATE email_message SET status = 'QUEUED', not_before = :at, lease_until = NULL,
                                last_error = :error, attempts = attempts - :refund
                            WHERE id IN (:ids) AND status = 'SENDING'""")
                    .param("at", UtcColumns.toColumn(notBefore))
                    .param("error", shorten(error))
                    .param("refund", countAttempt ? 0 : 1)
                    .param("ids", ids)
                    .update();
        }
    }

    /** Ends a message as failed or bounced (a bounce also records when). */
    public void finish(long id, MessageStatus status, String error) {
        jdbc.sql("""
                        UPDATE email_message SET status = ?, lease_until = NULL, last_error = ?,
                            bounced_at = CASE WHEN ? = 'BOUNCED' THEN ? ELSE bounced_at END
                        WHERE id = ?""")
                .params(status.name(), shorten(error), status.name(), UtcColumns.toColumn(clock.instant()), id)
                .update();
    }

    /** How many marketing messages each customer was sent (or has queued) since {@code since}. */
    public Map<Long, Integer> capCounts(Collection<Long> customerIds, Instant since) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!customerIds.isEmpty()) {
            jdbc.sql("""
                            SELECT customer_id, COUNT(*) FROM email_message
                            WHERE customer_id IN (:ids) AND created_at >= :since AND counts_to_cap
                              AND status IN ('QUEUED', 'SENDING', 'SENT')
                            GROUP BY customer_id""")
                    .param("ids", customerIds)
                    .param("since", UtcColumns.toColumn(since))
                    .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .list()
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
        }
        return counts;
    }

    private static String shorten(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    /** A message's recipient. */
    public record Addressee(String address, Long customerId) {}

    /** A message a sender holds. {@code attempt} counts this one. */
    public record ClaimedMessage(
            long id, Long contentId, Long customerId, String toAddress, MessageSource source, int attempt) {}
}
