package app.cairn.support.internal.insight;

import app.cairn.shared.UtcColumns;
import app.cairn.support.MessageReading;
import app.cairn.support.TicketReading;
import app.cairn.support.internal.search.TicketIndexFeed;
import app.cairn.textanalysis.Aspect;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.TextInsight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The readings of tickets and their messages, in columns of {@code ticket} and {@code ticket_message}. Writing a
 * reading does not raise the ticket's version: it is not an edit an open ticket page must warn of.
 */
@Component
public class InsightStore {

    private static final int MAX_ASPECTS_TEXT = 2000;

    private final JdbcClient jdbc;
    private final TicketIndexFeed index;

    public InsightStore(JdbcClient jdbc, TicketIndexFeed index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Keeps what was read in a message. */
    public void message(long messageId, TextInsight insight, Instant at) {
        jdbc.sql("""
                        UPDATE ticket_message SET language = ?, sentiment = ?, positivity = ?, intent = ?,
                            intent_confidence = ?, aspects = ?, analysed_at = ?
                        WHERE id = ?""")
                .params(
                        insight.language(),
                        insight.sentiment().sentiment().name(),
                        insight.sentiment().positivity(),
                        insight.intent().intent().name(),
                        insight.intent().confidence(),
                        aspects(insight.aspects()),
                        UtcColumns.toColumn(at),
                        messageId)
                .update();
    }

    /** The ticket's reading; empty when no customer message of it has been read. */
    public Optional<TicketReading> ticket(long number) {
        return jdbc.sql("""
                        SELECT intent, intent_confidence, intent_by, sentiment, positivity, language
                        FROM ticket WHERE id = ? AND (intent IS NOT NULL OR sentiment IS NOT NULL)""")
                .param(number)
                .query((rs, n) -> new TicketReading(
                        rs.getString(1) == null ? null : Intent.valueOf(rs.getString(1)),
                        (Double) rs.getObject(2, Double.class),
                        rs.getString(3),
                        rs.getString(4) == null ? null : Sentiment.valueOf(rs.getString(4)),
                        (Double) rs.getObject(5, Double.class),
                        rs.getString(6)))
                .optional();
    }

    /**
     * Takes a message's reading into the ticket's: its sentiment and language always (the customer's latest
     * message), its intent when the ticket has none yet, or only {@link Intent#OTHER} from the model.
     *
     * @return whether the ticket got its first intent
     */
    public boolean intoTicket(long number, TextInsight insight) {
        boolean first = jdbc.sql("SELECT intent IS NULL FROM ticket WHERE id = ?")
                .param(number)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        jdbc.sql("""
                        UPDATE ticket SET sentiment = ?, positivity = ?, language = ?,
                            intent_confidence = CASE WHEN intent IS NULL OR (intent = 'OTHER' AND intent_by IS NULL)
                                THEN ? ELSE intent_confidence END,
                            intent = CASE WHEN intent IS NULL OR (intent = 'OTHER' AND intent_by IS NULL)
                                THEN ? ELSE intent END
                        WHERE id = ?""")
                .params(
                        insight.sentiment().sentiment().name(),
                        insight.sentiment().positivity(),
                        insight.language(),
                        insight.intent().confidence(),
                        insight.intent().intent().name(),
                        number)
                .update();
        index.changed(number);
        return first;
    }

    /** An agent's intent for the ticket. */
    public void correct(long number, Intent intent, String by) {
        jdbc.sql("UPDATE ticket SET intent = ?, intent_confidence = NULL, intent_by = ? WHERE id = ?")
                .params(intent.name(), by, number)
                .update();
        index.changed(number);
    }

    /** The readings of the ticket's read messages, by message id. */
    public Map<Long, MessageReading> messages(long number) {
        Map<Long, MessageReading> readings = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, language, sentiment, positivity, intent, intent_confidence, aspects
                        FROM ticket_message WHERE ticket_id = ? AND analysed_at IS NOT NULL ORDER BY id""")
                .param(number)
                .query((rs, n) -> readings.put(
                        rs.getLong(1),
                        new MessageReading(
                                rs.getLong(1),
                                rs.getString(2),
                                Sentiment.valueOf(rs.getString(3)),
                                rs.getDouble(4),
                                Intent.valueOf(rs.getString(5)),
                                rs.getDouble(6),
                                aspects(rs.getString(7)))))
                .list();
        return readings;
    }

    /** The text of the first message the customer wrote in the ticket, if any. */
    public Optional<String> openingText(long number) {
        return jdbc.sql("""
                        SELECT COALESCE(shown_text, body_text) FROM ticket_message
                        WHERE ticket_id = ? AND author_type = 'CUSTOMER' AND kind = 'REPLY' ORDER BY id LIMIT 1""").param(number).query(String.class).optional();
    }

    /** Aspects as kept: {@code phrase=SENTIMENT} separated by tabs (phrases never hold a tab). */
    static String aspects(List<Aspect> aspects) {
        StringBuilder text = new StringBuilder();
        for (Aspect aspect : aspects) {
            String entry = aspect.phrase().replace('\t', ' ') + "="
                    + aspect.sentiment().name();
            if (text.length() + entry.length() + 1 > MAX_ASPECTS_TEXT) {
                break;
            }
            text.append(text.isEmpty() ? "" : "\t").append(entry);
        }
        return text.toString();
    }

    static List<Aspect> aspects(String text) {
        List<Aspect> aspects = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return aspects;
        }
        for (String entry : text.split("\t")) {
            int equals = entry.lastIndexOf('=');
            aspects.add(new Aspect(entry.substring(0, equals), Sentiment.valueOf(entry.substring(equals + 1))));
        }
        return aspects;
    }
}
