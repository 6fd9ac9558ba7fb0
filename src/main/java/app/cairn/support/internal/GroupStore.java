package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.Assignment;
import app.cairn.support.SupportGroup;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Support groups and their members. */
@Component
public class GroupStore {

    private final JdbcClient jdbc;

    public GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO support_group (name, created_at) VALUES (?, ?)")
                .params(name, UtcColumns.toColumn(at))
                .update(keys);
        return keys.getKey().longValue();
    }

    public void rename(long id, String name) {
        jdbc.sql("UPDATE support_group SET name = ? WHERE id = ?")
                .params(name, id)
                .update();
    }

    public void assignment(long id, Assignment assignment) {
        jdbc.sql("UPDATE support_group SET assignment = ? WHERE id = ?")
                .params(assignment.name(), id)
                .update();
    }

    /** Locks the group's row until the transaction ends, so that two tickets are not given the same turn. */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM support_group WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    public void archive(long id, Instant at) {
        jdbc.sql("UPDATE support_group SET archived_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    /** Sets the group's lead, or clears it with null. */
    public void lead(long id, Long staffId) {
        jdbc.sql("UPDATE support_group SET lead_id = ? WHERE id = ?")
                .params(staffId, id)
                .update();
    }

    /** The group's lead, if it has one. */
    public Optional<Long> leadOf(long id) {
        return jdbc.sql("SELECT lead_id FROM support_group WHERE id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional()
                .flatMap(lead -> lead);
    }

    public void setMembers(long id, Set<Long> staffIds) {
        jdbc.sql("DELETE FROM support_group_member WHERE group_id = ?")
                .param(id)
                .update();
        for (Long staffId : staffIds) {
            jdbc.sql("INSERT INTO support_group_member (group_id, staff_id) VALUES (?, ?)")
                    .params(id, staffId)
                    .update();
        }
    }

    public List<SupportGroup> all() {
        Map<Long, Set<Long>> members = new HashMap<>();
        jdbc.sql("SELECT group_id, staff_id FROM support_group_member")
                .query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return jdbc.sql("SELECT id, name, assignment, archived_at IS NOT NULL FROM support_group ORDER BY name")
                .query((rs, n) -> new SupportGroup(
                        rs.getLong(1),
                        rs.getString(2),
                        Set.copyOf(members.getOrDefault(rs.getLong(1), Set.of())),
                        Assignment.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .list();
    }

    public Optional<SupportGroup> find(long id) {
        return all().stream().filter(g -> g.id() == id).findFirst();
    }

    public Optional<Long> idOfName(String name) {
        return jdbc.sql("SELECT id FROM support_group WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }
}
