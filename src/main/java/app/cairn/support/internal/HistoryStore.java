package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.TicketChange;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each ticket's own history of changes. */
@Component
public class HistoryStore {

    private static final int VALUE_LENGTH = 255;

    private final JdbcClient jdbc;

    public HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a change. */
    public void add(long ticket, Instant at, String actor, TicketChange.Kind kind, String oldValue, String newValue) {
        jdbc.sql("""
                        INSERT INTO ticket_history (ticket_id, at, actor, kind, old_value, new_value)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(ticket, UtcColumns.toColumn(at), cut(actor, 64), kind.name(), cut(oldValue), cut(newValue))
                .update();
    }

    /** A ticket's history, oldest first. */
    public List<TicketChange> of(long ticket) {
        return jdbc.sql("""
                        SELECT id, at, actor, kind, old_value, new_value FROM ticket_history
                        WHERE ticket_id = ? ORDER BY id""")
                .param(ticket)
                .query((rs, n) -> new TicketChange(
                        rs.getLong(1),
                        UtcColumns.read(rs, 2),
                        rs.getString(3),
                        TicketChange.Kind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private static String cut(String value) {
        return cut(value, VALUE_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
