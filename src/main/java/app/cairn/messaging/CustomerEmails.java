package app.cairn.messaging;

import app.cairn.shared.UtcColumns;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The e-mails a customer was sent, latest first, for the customer page. */
@Service
@Transactional(readOnly = true)
public class CustomerEmails {

    private final JdbcClient jdbc;

    CustomerEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's latest e-mails, queued or sent, with what became of each; subjects as written. */
    public List<CustomerEmail> latest(long customerId, int limit) {
        return jdbc.sql("""
                        SELECT c.subject, m.source, m.status, m.created_at, m.sent_at, m.opened_at, m.clicked_at,
                               m.bounced_at
                        FROM email_message m JOIN email_content c ON c.id = m.content_id
                        WHERE m.customer_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ?""")
                .params(customerId, limit)
                .query((rs, row) -> new CustomerEmail(
                        rs.getString(1),
                        MessageSource.valueOf(rs.getString(2)),
                        MessageStatus.valueOf(rs.getString(3)),
                        UtcColumns.read(rs, 4),
                        UtcColumns.read(rs, 5),
                        UtcColumns.read(rs, 6),
                        UtcColumns.read(rs, 7),
                        UtcColumns.read(rs, 8)))
                .list();
    }
}
