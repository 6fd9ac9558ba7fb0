package app.cairn.messaging.internal.templates;

import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.SenderIdentity;
import app.cairn.messaging.TemplateDraft;
import app.cairn.shared.RefusedException;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Templates, and the frozen copies of them ({@code email_content}) that messages are rendered from. */
@Component
public class TemplateStore {

    private static final String COLUMNS =
            "SELECT id, name, subject, preheader, html_body, sender_id, topic_id, updated_at, updated_by, archived_at\n            FROM email_template";
    private static final RowMapper<EmailTemplate> TEMPLATE = (rs, row) -> new EmailTemplate(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getLong(6),
            rs.getObject(7, Long.class),
            UtcColumns.read(rs, 8),
            rs.getString(9),
            UtcColumns.read(rs, 10));

    private final JdbcClient jdbc;
    private final Clock clock;

    public TemplateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The templates in use (not archived), by name. */
    public List<EmailTemplate> all() {
        return jdbc.sql(COLUMNS + " WHERE archived_at IS NULL ORDER BY name")
                .query(TEMPLATE)
                .list();
    }

    public List<EmailTemplate> archived() {
        return jdbc.sql(COLUMNS + " WHERE archived_at IS NOT NULL ORDER BY name")
                .query(TEMPLATE)
                .list();
    }

    /** Archives a template ({@code at} set) or restores it ({@code at} null). */
    public void archive(long id, Instant at) {
        jdbc.sql("UPDATE email_template SET archived_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM email_template WHERE id = ?").param(id).update();
    }

    /** Locks a template's row for a removal, so that it is decided on what is there when it happens. */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM email_template WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .list();
    }

    public Optional<EmailTemplate> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(TEMPLATE).optional();
    }

    public long save(Long id, TemplateDraft draft, String by) {
        var now = UtcColumns.toColumn(clock.instant());
        try {
            if (id == null) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                                INSERT INTO email_template (name, subject, preheader, html_body, sender_id, topic_id,
                                    created_at, updated_at, updated_by)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                draft.name(),
                                draft.subject(),
                                draft.preheader(),
                                draft.htmlBody(),
                                draft.senderId(),
                                draft.topicId(),
                                now,
                                now,
                                by)
                        .update(keys);
                return keys.getKey().longValue();
            }
            int changed = jdbc.sql("""
                            UPDATE email_template SET name = ?, subject = ?, preheader = ?, html_body = ?,
                                sender_id = ?, topic_id = ?, updated_at = ?, updated_by = ?, version = version + 1
                            WHERE id = ?""")
                    .params(
                            draft.name(),
                            draft.subject(),
                            draft.preheader(),
                            draft.htmlBody(),
                            draft.senderId(),
                            draft.topicId(),
                            now,
                            by,
                            id)
                    .update();
            if (changed == 0) {
                throw new RefusedException("messaging.error.template-not-found", String.valueOf(id));
            }
            return id;
        } catch (DuplicateKeyException taken) {
            throw new RefusedException("messaging.error.template-name-taken", draft.name());
        }
    }

    /** Freezes the template with its sender as it is now, for messages to be rendered from later. */
    public long freeze(EmailTemplate template, SenderIdentity sender) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO email_content (template_id, subject, preheader, html_body, from_name, from_address,
                            reply_to, topic_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        template.id(),
                        template.subject(),
                        template.preheader(),
                        template.htmlBody(),
                        sender.fromName(),
                        sender.fromAddress(),
                        sender.replyTo(),
                        template.topicId(),
                        UtcColumns.toColumn(clock.instant()))
                .update(keys);
        return keys.getKey().longValue();
    }

    /**
     * Frozen content, read with a (shared) lock so that a transaction sees content another one committed after its
     * snapshot began: a journey step frozen by another engine at the same moment.
     */
    public Optional<Content> content(long contentId) {
        return jdbc.sql("""
                        SELECT id, subject, preheader, html_body, from_name, from_address, reply_to, topic_id
                        FROM email_content WHERE id = ? LOCK IN SHARE MODE""")
                .param(contentId)
                .query((rs, row) -> new Content(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        new SenderIdentity(0, rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getObject(8, Long.class)))
                .optional();
    }

    /** A template frozen for sending, with its sender. */
    public record Content(
            long id, String subject, String preheader, String htmlBody, SenderIdentity sender, Long topicId) {

        static Content of(EmailTemplate template, SenderIdentity sender) {
            return new Content(
                    0, template.subject(), template.preheader(), template.htmlBody(), sender, template.topicId());
        }
    }
}
