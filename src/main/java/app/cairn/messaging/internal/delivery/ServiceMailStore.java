package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.ServiceEmail;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The text and threading headers of service e-mails, beside their outbox rows. */
@Component
public class ServiceMailStore {

    private final JdbcClient jdbc;

    public ServiceMailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long messageId, ServiceEmail email) {
        jdbc.sql("""
                        INSERT INTO email_service_mail (message_id, from_name, from_address, reply_to, subject, text_body,
                            html_body, in_reply_to, references_list, automatic)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        messageId,
                        email.fromName(),
                        email.fromAddress(),
                        email.replyTo(),
                        email.subject(),
                        email.text(),
                        email.html(),
                        email.inReplyTo(),
                        email.references() == null || email.references().isEmpty()
                                ? null
                                : String.join(" ", email.references()),
                        email.automatic())
                .update();
    }

    public Optional<ServiceEmail> find(long messageId) {
        return jdbc.sql("""
                        SELECT m.to_address, m.customer_id, s.from_name, s.from_address, s.reply_to, s.subject, s.text_body,
                               s.html_body, s.in_reply_to, s.references_list, m.idempotency_key, s.automatic
                        FROM email_service_mail s JOIN email_message m ON m.id = s.message_id
                        WHERE s.message_id = ?""")
                .param(messageId)
                .query((rs, n) -> new ServiceEmail(
                        rs.getString(11),
                        rs.getObject(2, Long.class),
                        rs.getString(1),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10) == null
                                ? List.of()
                                : Arrays.asList(rs.getString(10).split(" ")),
                        rs.getBoolean(12)))
                .optional();
    }
}
