package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.Macro;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Canned replies. */
@Component
public class MacroStore {

    private static final RowMapper<Macro> MACRO = (rs, n) -> new Macro(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4) == null ? null : TicketStatus.valueOf(rs.getString(4)),
            rs.getString(5) == null ? null : TicketPriority.valueOf(rs.getString(5)),
            rs.getString(6) == null
                    ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(rs.getString(6).split(","))),
            rs.getBoolean(7));

    private final JdbcClient jdbc;

    public MacroStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Macro> all() {
        return jdbc.sql("""
                        SELECT id, name, body, set_status, set_priority, add_tags, archived_at IS NOT NULL
                        FROM support_macro ORDER BY archived_at IS NOT NULL, name""").query(MACRO).list();
    }

    public Optional<Macro> find(long id) {
        return jdbc.sql("""
                        SELECT id, name, body, set_status, set_priority, add_tags, archived_at IS NOT NULL
                        FROM support_macro WHERE id = ?""").param(id).query(MACRO).optional();
    }

    public Optional<Long> idOfName(String name) {
        return jdbc.sql("SELECT id FROM support_macro WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    public long save(Macro macro, Instant at) {
        Object[] values = {
            macro.name(),
            macro.body(),
            macro.status() == null ? null : macro.status().name(),
            macro.priority() == null ? null : macro.priority().name(),
            macro.tags().isEmpty() ? null : String.join(",", macro.tags())
        };
        if (macro.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO support_macro (name, body, set_status, set_priority, add_tags, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(values[0], values[1], values[2], values[3], values[4], UtcColumns.toColumn(at))
                    .update(keys);
            return keys.getKey().longValue();
        }
        jdbc.sql(
                        "UPDATE support_macro SET name = ?, body = ?, set_status = ?, set_priority = ?, add_tags = ? WHERE id = ?")
                .params(values[0], values[1], values[2], values[3], values[4], macro.id())
                .update();
        return macro.id();
    }

    public void archive(long id, Instant at) {
        jdbc.sql("UPDATE support_macro SET archived_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM support_macro WHERE id = ?").param(id).update();
    }
}
