package app.cairn.help.internal;

import app.cairn.help.Deflection;
import app.cairn.shared.UtcColumns;
import app.cairn.textanalysis.Intent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The answers sent to customers at once, in {@code help_answer}: one per ticket at most. */
@Component
public class AnswerStore {

    /**
     * A sent answer.
     *
     * @param ticketNumber the ticket
     * @param articleIds the articles sent, best first
     * @param expiresAt until when its link solves the ticket
     * @param answeredAt when the customer said it answered the question, or null
     */
    public record Sent(long ticketNumber, List<Long> articleIds, Instant expiresAt, Instant answeredAt) {}

    private final JdbcClient jdbc;

    public AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an answer; false when the ticket already had one. */
    public boolean insert(long ticket, String token, Intent intent, List<Long> articles, Instant at, Instant expires) {
        return jdbc.sql("""
                                INSERT IGNORE INTO help_answer (ticket_id, token, intent, article_ids, sent_at,
                                    expires_at)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(
                                ticket,
                                token,
                                intent.name(),
                                articles.stream().map(String::valueOf).collect(Collectors.joining(",")),
                                UtcColumns.toColumn(at),
                                UtcColumns.toColumn(expires))
                        .update()
                > 0;
    }

    public Optional<Sent> byToken(String token) {
        return jdbc.sql("SELECT ticket_id, article_ids, expires_at, answered_at FROM help_answer WHERE token = ?")
                .param(token)
                .query((rs, n) -> new Sent(
                        rs.getLong(1),
                        Arrays.stream(rs.getString(2).split(","))
                                .filter(s -> !s.isEmpty())
                                .map(Long::valueOf)
                                .toList(),
                        UtcColumns.read(rs, 3),
                        UtcColumns.read(rs, 4)))
                .optional();
    }

    /** Marks the answer as having answered the question; false when it already was. */
    public boolean answered(String token, Instant at) {
        return jdbc.sql("UPDATE help_answer SET answered_at = ? WHERE token = ? AND answered_at IS NULL")
                        .params(UtcColumns.toColumn(at), token)
                        .update()
                > 0;
    }

    /** Per intent, answers sent since the instant and how many of them answered the question. */
    public List<Deflection> since(Instant since) {
        return jdbc.sql("""
                        SELECT intent, COUNT(*), SUM(answered_at IS NOT NULL) FROM help_answer
                        WHERE sent_at >= ? GROUP BY intent ORDER BY COUNT(*) DESC""")
                .param(UtcColumns.toColumn(since))
                .query((rs, n) -> new Deflection(Intent.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
