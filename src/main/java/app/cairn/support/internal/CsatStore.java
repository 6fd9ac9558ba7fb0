package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.Csat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Satisfaction surveys and their answers. */
@Component
public class CsatStore {

    private static final RowMapper<Csat> CSAT = (rs, n) -> new Csat(
            rs.getLong(1),
            UtcColumns.read(rs, 2),
            UtcColumns.read(rs, 3),
            rs.getObject(4, Integer.class),
            rs.getString(5),
            UtcColumns.read(rs, 6));
    private static final String COLUMNS = "ticket_id, sent_at, expires_at, rating, comment, answered_at";

    private final JdbcClient jdbc;

    public CsatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the survey of one solve; false when that solve has one already. */
    public boolean insert(long ticket, String token, Long assignee, Instant sent, Instant expires) {
        return jdbc.sql("""
                        INSERT IGNORE INTO ticket_csat (ticket_id, token, assignee_id, sent_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(ticket, token, assignee, UtcColumns.toColumn(sent), UtcColumns.toColumn(expires))
                        .update()
                == 1;
    }

    public Optional<Csat> byToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_csat WHERE token = ?")
                .param(token)
                .query(CSAT)
                .optional();
    }

    /** Records the answer unless one was given; false when it was. */
    public boolean answer(String token, int rating, String comment, Instant at) {
        return jdbc.sql("""
                        UPDATE ticket_csat SET rating = ?, comment = ?, answered_at = ?
                        WHERE token = ? AND answered_at IS NULL""")
                        .params(rating, comment, UtcColumns.toColumn(at), token)
                        .update()
                == 1;
    }

    public Optional<Long> assignee(String token) {
        return jdbc.sql("SELECT assignee_id FROM ticket_csat WHERE token = ?")
                .param(token)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional()
                .flatMap(a -> a);
    }

    public List<Csat> ofTicket(long ticket) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_csat WHERE ticket_id = ? ORDER BY sent_at")
                .param(ticket)
                .query(CSAT)
                .list();
    }

    /** Average rating and number of answers for an agent since a moment. */
    public double[] agent(long staffId, Instant since) {
        return jdbc.sql("""
                        SELECT COALESCE(AVG(rating), 0), COUNT(*) FROM ticket_csat
                        WHERE assignee_id = ? AND answered_at >= ?""")
                .params(staffId, UtcColumns.toColumn(since))
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getLong(2)})
                .single();
    }
}
