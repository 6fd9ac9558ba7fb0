package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.EmailTopic;
import app.cairn.messaging.SenderIdentity;
import app.cairn.shared.RefusedException;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sender identities and topics: the two short lists admins keep for templates to choose from. */
@Component
public class SenderStore {

    private static final RowMapper<SenderIdentity> SENDER =
            (rs, row) -> new SenderIdentity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    private static final RowMapper<EmailTopic> TOPIC =
            (rs, row) -> new EmailTopic(rs.getLong(1), rs.getString(2), rs.getString(3));

    private final JdbcClient jdbc;
    private final Clock clock;

    public SenderStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SenderIdentity> senders() {
        return jdbc.sql("SELECT id, from_name, from_address, reply_to FROM email_sender ORDER BY from_name, id")
                .query(SENDER)
                .list();
    }

    public Optional<SenderIdentity> sender(long id) {
        return jdbc.sql("SELECT id, from_name, from_address, reply_to FROM email_sender WHERE id = ?")
                .param(id)
                .query(SENDER)
                .optional();
    }

    public long saveSender(Long id, String name, String address, String replyTo) {
        try {
            if (id == null) {
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO email_sender (from_name, from_address, reply_to, created_at) VALUES (?, ?, ?, ?)")
                        .params(name, address, replyTo, UtcColumns.toColumn(clock.instant()))
                        .update(keys);
                return keys.getKey().longValue();
            }
            jdbc.sql("UPDATE email_sender SET from_name = ?, from_address = ?, reply_to = ? WHERE id = ?")
                    .params(name, address, replyTo, id)
                    .update();
            return id;
        } catch (DuplicateKeyException taken) {
            throw new RefusedException("messaging.error.sender-taken", address);
        }
    }

    public List<EmailTopic> topics() {
        return jdbc.sql("SELECT id, name, description FROM email_topic ORDER BY name")
                .query(TOPIC)
                .list();
    }

    public long saveTopic(Long id, String name, String description) {
        try {
            if (id == null) {
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO email_topic (name, description, created_at) VALUES (?, ?, ?)")
                        .params(name, description, UtcColumns.toColumn(clock.instant()))
                        .update(keys);
                return keys.getKey().longValue();
            }
            jdbc.sql("UPDATE email_topic SET name = ?, description = ? WHERE id = ?")
                    .params(name, description, id)
                    .update();
            return id;
        } catch (DuplicateKeyException taken) {
            throw new RefusedException("messaging.error.topic-taken", name);
        }
    }
}
