package app.cairn.support.internal;

import app.cairn.support.internal.search.TicketIndexFeed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves what belongs to one ticket to another when tickets are merged. */
@Component
public class MergeStore {

    private final JdbcClient jdbc;
    private final TicketIndexFeed index;

    public MergeStore(JdbcClient jdbc, TicketIndexFeed index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * Moves the source's messages, attachments, tags, e-mail thread ids and e-mails to the target (so that the
     * customer's next answer to either thread joins the target), counts the target's messages again and notes
     * where the source went.
     */
    public void move(long source, long target) {
        for (String table :
                new String[] {"ticket_message", "ticket_attachment", "ticket_mail_id", "support_inbound_mail"}) {
            jdbc.sql("UPDATE " + table + " SET ticket_id = ? WHERE ticket_id = ?")
                    .params(target, source)
                    .update();
        }
        jdbc.sql("INSERT IGNORE INTO ticket_tag (ticket_id, tag) SELECT ?, tag FROM ticket_tag WHERE ticket_id = ?")
                .params(target, source)
                .update();
        jdbc.sql("""
                        UPDATE ticket SET messages = (SELECT COUNT(*) FROM ticket_message WHERE ticket_id = ?),
                            version = version + 1
                        WHERE id IN (?, ?)""").params(target, target, source).update();
        jdbc.sql("UPDATE ticket SET messages = 0, merged_into = ? WHERE id = ?")
                .params(target, source)
                .update();
        index.changed(List.of(source, target));
    }

    /** The ticket this one was merged into, if it was. */
    public Long mergedInto(long number) {
        return jdbc.sql("SELECT merged_into FROM ticket WHERE id = ?")
                .param(number)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional()
                .orElse(null);
    }
}
