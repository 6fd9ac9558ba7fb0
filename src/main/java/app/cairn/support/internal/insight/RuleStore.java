package app.cairn.support.internal.insight;

import app.cairn.shared.UtcColumns;
import app.cairn.support.RoutingRule;
import app.cairn.support.TicketPriority;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Routing rules in {@code support_routing_rule}. */
@Component
public class RuleStore {

    private static final String COLUMNS = "id, name, position, intent, sentiment, segment_id, set_group_id,"
            + " set_priority, add_tag, archived_at IS NOT NULL";

    private static final RowMapper<RoutingRule> RULE = (rs, n) -> new RoutingRule(
            rs.getLong(1),
            rs.getString(2),
            rs.getInt(3),
            rs.getString(4) == null ? null : Intent.valueOf(rs.getString(4)),
            rs.getString(5) == null ? null : Sentiment.valueOf(rs.getString(5)),
            (Long) rs.getObject(6, Long.class),
            (Long) rs.getObject(7, Long.class),
            rs.getString(8) == null ? null : TicketPriority.valueOf(rs.getString(8)),
            rs.getString(9),
            rs.getBoolean(10));

    private final JdbcClient jdbc;

    public RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, active ones first, each group in its order. */
    public List<RoutingRule> all() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM support_routing_rule ORDER BY archived_at IS NOT NULL, position, id")
                .query(RULE)
                .list();
    }

    public Optional<RoutingRule> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_routing_rule WHERE id = ?")
                .param(id)
                .query(RULE)
                .optional();
    }

    public Optional<Long> idOfName(String name) {
        return jdbc.sql("SELECT id FROM support_routing_rule WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    public long save(RoutingRule rule, Instant at) {
        Object[] values = {
            rule.name(),
            rule.intent() == null ? null : rule.intent().name(),
            rule.sentiment() == null ? null : rule.sentiment().name(),
            rule.segmentId(),
            rule.setGroupId(),
            rule.setPriority() == null ? null : rule.setPriority().name(),
            rule.addTag()
        };
        if (rule.id() != 0) {
            jdbc.sql("""
                            UPDATE support_routing_rule SET name = ?, intent = ?, sentiment = ?, segment_id = ?,
                                set_group_id = ?, set_priority = ?, add_tag = ?, archived_at = NULL
                            WHERE id = ?""").params(append(values, rule.id())).update();
            return rule.id();
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM support_routing_rule")
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO support_routing_rule (name, intent, sentiment, segment_id, set_group_id,
                            set_priority, add_tag, position, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(append(append(values, position), UtcColumns.toColumn(at)))
                .update();
        return idOfName(rule.name()).orElseThrow();
    }

    public void archive(long id, Instant at) {
        jdbc.sql("UPDATE support_routing_rule SET archived_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM support_routing_rule WHERE id = ?").param(id).update();
    }

    /** Swaps the rule's position with the active rule just before (up) or after it. */
    public void move(long id, boolean up) {
        List<RoutingRule> active = all().stream().filter(r -> !r.archived()).toList();
        for (int i = 0; i < active.size(); i++) {
            int other = up ? i - 1 : i + 1;
            if (active.get(i).id() == id && other >= 0 && other < active.size()) {
                setPosition(id, active.get(other).position());
                setPosition(active.get(other).id(), active.get(i).position());
                return;
            }
        }
    }

    private void setPosition(long id, int position) {
        jdbc.sql("UPDATE support_routing_rule SET position = ? WHERE id = ?")
                .params(position, id)
                .update();
    }

    private static Object[] append(Object[] values, Object value) {
        Object[] more = java.util.Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }
}
