package app.cairn.segment.internal.membership;

import app.cairn.scoring.ScoreTables;
import app.cairn.segment.MembershipChange;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentEntry;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.SegmentSize;
import app.cairn.segment.internal.rules.RangeMembers;
import app.cairn.segment.internal.rules.SegmentRules;
import app.cairn.segment.internal.rules.SqlText;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.BulkInsert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;
import org.jooq.Select;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The segment tables, in plain SQL. */
@Component
public class SegmentStore {

    private static final String COLUMNS = "id, name, description, definition, member_count, rebuilt_at, archived_at";
    /** Connections a live count or rebuild is split over: one per core here, and a bounded share of the pool anywhere. */
    public static final int SPLIT_CONNECTIONS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final RowMapper<Segment> SEGMENT = (rs, n) -> new Segment(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            SegmentRules.read(rs.getString(4)),
            rs.getLong(5),
            UtcColumns.read(rs, 6),
            UtcColumns.read(rs, 7));

    private static final List<String> MEMBER_COLUMNS = List.of("segment_id", "customer_id", "entered_at");
    /** Memberships closed by one statement: bounded so that the statement stays small. */
    private static final int CLOSED_AT_ONCE = 1_000;

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final ExecutorService parallel;

    public SegmentStore(JdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.parallel = Executors.newFixedThreadPool(SPLIT_CONNECTIONS, task -> {
            Thread thread = new Thread(task, "segment-parts");
            thread.setDaemon(true);
            return thread;
        });
    }

    public long insert(String name, String description, SegmentRule rule, Instant now) {
        var keys = new GeneratedKeyHolder();
        var at = UtcColumns.toColumn(now);
        jdbc.update(
                con -> {
                    var statement = con.prepareStatement("""
                            INSERT INTO segment (name, description, kind, definition, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setString(1, name);
                    statement.setString(2, description);
                    statement.setString(3, rule == null ? "STATIC" : "RULES");
                    statement.setString(4, SegmentRules.write(rule));
                    statement.setObject(5, at);
                    statement.setObject(6, at);
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    public void update(long id, String name, String description, SegmentRule rule, Instant now) {
        jdbc.update(
                "UPDATE segment SET name = ?, description = ?, definition = ?, updated_at = ? WHERE id = ?",
                name,
                description,
                SegmentRules.write(rule),
                UtcColumns.toColumn(now),
                id);
    }

    public Optional<Segment> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM segment WHERE id = ?", SEGMENT, id).stream()
                .findFirst();
    }

    public Optional<Long> idOfName(String name) {
        return jdbc.queryForList("SELECT id FROM segment WHERE name = ?", Long.class, name).stream()
                .findFirst();
    }

    /** The segments in use (not archived), by name. */
    public List<Segment> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM segment WHERE archived_at IS NULL ORDER BY name", SEGMENT);
    }

    public List<Segment> archived() {
        return jdbc.query("SELECT " + COLUMNS + " FROM segment WHERE archived_at IS NOT NULL ORDER BY name", SEGMENT);
    }

    /** Archives a segment ({@code at} set) or restores it ({@code at} null). */
    public void archive(long id, Instant at) {
        jdbc.update("UPDATE segment SET archived_at = ? WHERE id = ?", UtcColumns.toColumn(at), id);
    }

    /** Deletes a segment with its members and their history. */
    public void delete(long id) {
        jdbc.update("DELETE FROM segment WHERE id = ?", id);
    }

    /** Locks a segment's row for a removal, so that it is decided on what is there when it happens. */
    public void lock(long id) {
        jdbc.queryForList("SELECT id FROM segment WHERE id = ? FOR UPDATE", Long.class, id);
    }

    /** The customer id range, for splitting a count: the lowest and highest id, or null without customers. */
    public long[] customerIdRange() {
        return jdbc.query("SELECT MIN(id), MAX(id) FROM customer", rs -> {
            rs.next();
            long low = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {low, rs.getLong(2)};
        });
    }

    /**
     * Counts each part's members on a connection of its own, side by side, and adds them up. The parts are read
     * outside the caller's transaction: a count only ever reads committed data.
     */
    public long countInParallel(List<RangeMembers> parts) {
        long total = 0;
        for (Future<Long> count : submit(parts, part -> count(part.members()))) {
            total += await(count);
        }
        return total;
    }

    private <T> List<Future<T>> submit(List<RangeMembers> parts, Function<RangeMembers, T> work) {
        return parts.stream()
                .map(part -> parallel.submit(() -> work.apply(part)))
                .toList();
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Working out a segment's members was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @jakarta.annotation.PreDestroy
    public void stop() {
        parallel.shutdownNow();
    }

    public long count(Select<?> members) {
        SqlText query = SqlText.of(members);
        Long count =
                jdbc.queryForObject("SELECT COUNT(*) FROM (" + query.sql() + ") matching", Long.class, query.params());
        return count == null ? 0 : count;
    }

    /**
     * Makes the members those the parts select, in the caller's transaction: new members enter with the time,
     * and the memberships of those who left are closed into {@code segment_membership_period}; the size is kept
     * for the size-over-time chart.
     *
     * <p>The parts are worked out side by side on connections of their own, and each is compared with the
     * members in its range and written as soon as it is in, while the next ones are still being worked out: the
     * database then uses every core, where one statement would run on one.
     *
     * <p>A change the real-time path ({@link #setMember}) commits meanwhile is never undone. The caller's
     * transaction (repeatable read) took its snapshot before the parts were started, so the members compared
     * with are those from before: an entry made meanwhile is skipped as already there, and an exit made meanwhile
     * leaves nothing to close.
     */
    public MembershipChange replaceMembers(long segmentId, List<RangeMembers> parts, Instant now, IntConsumer steps) {
        memberCount(segmentId); // the transaction's snapshot, if it has none yet: before the parts start
        List<Future<long[]>> matching = submit(parts, part -> matchingIds(part.members()));
        long entered = 0;
        long exited = 0;
        try {
            for (int i = 0; i < parts.size(); i++) {
                RangeMembers part = parts.get(i);
                long[] ids = await(matching.get(i));
                if (i == 0) {
                    steps.accept(2);
                }
                MemberDiff diff = MemberDiff.between(membersIn(segmentId, part.from(), part.to()), ids);
                exited += close(segmentId, diff.exits(), now);
                entered += enter(segmentId, diff.entries(), now);
                if (i + 1 == (parts.size() + 1) / 2) {
                    steps.accept(3);
                }
            }
        } finally {
            matching.forEach(part -> part.cancel(false));
        }
        steps.accept(4);
        // not counted: the snapshot misses changes made meanwhile, which the size setMember keeps has; the
        // update and the locking read see the latest size
        jdbc.update("UPDATE segment SET member_count = member_count + ? WHERE id = ?", entered - exited, segmentId);
        Long members =
                jdbc.queryForObject("SELECT member_count FROM segment WHERE id = ? FOR UPDATE", Long.class, segmentId);
        return recordSize(segmentId, members == null ? 0 : members, entered, exited, now);
    }

    /** The matching customers' ids in ascending order, read on the calling (pool) thread's own connection. */
    private long[] matchingIds(Select<?> members) {
        SqlText query = SqlText.of(members);
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(query.sql(), (RowCallbackHandler) rs -> ids.add(rs.getLong(1)), query.params());
        long[] sorted = ids.build().toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private long[] membersIn(long segmentId, long from, long to) {
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(
                "SELECT customer_id FROM segment_member WHERE segment_id = ? AND customer_id BETWEEN ? AND ?"
                        + " ORDER BY customer_id",
                (RowCallbackHandler) rs -> ids.add(rs.getLong(1)),
                segmentId,
                from,
                to);
        return ids.build().toArray();
    }

    /** Adds the customers as members, skipping any the real-time path added meanwhile; answers how many entered. */
    private int enter(long segmentId, long[] customers, Instant now) {
        var at = UtcColumns.toColumn(now);
        List<Object[]> rows = new ArrayList<>(customers.length);
        for (long customer : customers) {
            rows.add(new Object[] {segmentId, customer, at});
        }
        return bulk.insertNew("segment_member", MEMBER_COLUMNS, rows);
    }

    /**
     * Closes the customers' memberships into the history, a slice at a time; answers how many left (customers
     * who were not members are passed over).
     */
    private int close(long segmentId, long[] customers, Instant now) {
        var at = UtcColumns.toColumn(now);
        int left = 0;
        for (int from = 0; from < customers.length; from += CLOSED_AT_ONCE) {
            long[] slice = Arrays.copyOfRange(customers, from, Math.min(customers.length, from + CLOSED_AT_ONCE));
            String in = String.join(",", Collections.nCopies(slice.length, "?"));
            List<Object> params = new ArrayList<>(List.of(at, segmentId));
            Arrays.stream(slice).forEach(params::add);
            jdbc.update(
                    "INSERT INTO segment_membership_period (segment_id, customer_id, entered_at, exited_at)"
                            + " SELECT segment_id, customer_id, entered_at, ? FROM segment_member"
                            + " WHERE segment_id = ? AND customer_id IN (" + in + ")",
                    params.toArray());
            left += jdbc.update(
                    "DELETE FROM segment_member WHERE segment_id = ? AND customer_id IN (" + in + ")",
                    params.subList(1, params.size()).toArray());
        }
        return left;
    }

    private long memberCount(long segmentId) {
        Long members = jdbc.queryForObject("SELECT member_count FROM segment WHERE id = ?", Long.class, segmentId);
        return members == null ? 0 : members;
    }

    /**
     * Makes the customer a member or not: entering adds the membership with the time, leaving closes it into
     * the history.
     *
     * @return true when the customer entered, false when the customer left, null when nothing changed
     */
    public Boolean setMember(long segmentId, long customerId, boolean member, Instant now) {
        var at = UtcColumns.toColumn(now);
        int changed = member
                ? jdbc.update(
                        "INSERT IGNORE INTO segment_member (segment_id, customer_id, entered_at) VALUES (?, ?, ?)",
                        segmentId,
                        customerId,
                        at)
                : close(segmentId, new long[] {customerId}, now);
        if (changed == 0) {
            return null;
        }
        jdbc.update("UPDATE segment SET member_count = member_count + ? WHERE id = ?", member ? 1 : -1, segmentId);
        return member;
    }

    /**
     * Adds live customers to a static segment with the time; those already in it stay as they are.
     *
     * @return how many entered
     */
    public int addMembers(long segmentId, Collection<Long> customers, Instant now) {
        if (customers.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(customers.size(), "?"));
        List<Object> params = new ArrayList<>();
        params.add(segmentId);
        params.add(UtcColumns.toColumn(now));
        params.add(segmentId);
        params.addAll(customers);
        return jdbc.update(
                "INSERT INTO segment_member (segment_id, customer_id, entered_at) SELECT DISTINCT ?, c.id, ?"
                        + " FROM customer c LEFT JOIN segment_member m ON m.segment_id = ? AND m.customer_id = c.id"
                        + " WHERE c.merged_into_id IS NULL AND m.customer_id IS NULL AND c.id IN (" + marks + ")",
                params.toArray());
    }

    /** Takes customers out of a static segment, closing their memberships; answers how many left. */
    public int removeMembers(long segmentId, Collection<Long> customers, Instant now) {
        return close(segmentId, customers.stream().mapToLong(Long::longValue).toArray(), now);
    }

    /** Records a static segment's size after its members changed by hand. */
    public MembershipChange listChanged(long segmentId, long entered, long exited, Instant now) {
        return recordSize(segmentId, entered, exited, now);
    }

    /** Adds the customers now in a cluster to a (new) static segment. */
    public MembershipChange addClusterMembers(long segmentId, int cluster, Instant now) {
        SqlText members = SqlText.of(org.jooq
                .impl
                .DSL
                .select(ScoreTables.CUSTOMER_ID)
                .from(ScoreTables.SCORES)
                .join(org.jooq
                        .impl
                        .DSL
                        .table(org.jooq.impl.DSL.name("customer"))
                        .as("c"))
                .on(org.jooq
                        .impl
                        .DSL
                        .field(org.jooq.impl.DSL.name("c", "id"), Long.class)
                        .eq(ScoreTables.CUSTOMER_ID)
                        .and(org.jooq
                                .impl
                                .DSL
                                .field(org.jooq.impl.DSL.name("c", "merged_into_id"))
                                .isNull()))
                .where(ScoreTables.CLUSTER.eq(cluster)));
        Object[] params = new Object[members.params().length + 2];
        params[0] = segmentId;
        params[1] = UtcColumns.toColumn(now);
        System.arraycopy(members.params(), 0, params, 2, members.params().length);
        int entered = jdbc.update(
                "INSERT INTO segment_member (segment_id, customer_id, entered_at) SELECT ?, m.*, ? FROM ("
                        + members.sql() + ") m",
                params);
        return recordSize(segmentId, entered, 0, now);
    }

    private MembershipChange recordSize(long segmentId, long entered, long exited, Instant now) {
        Long members =
                jdbc.queryForObject("SELECT COUNT(*) FROM segment_member WHERE segment_id = ?", Long.class, segmentId);
        return recordSize(segmentId, members == null ? 0 : members, entered, exited, now);
    }

    private MembershipChange recordSize(long segmentId, long members, long entered, long exited, Instant now) {
        var at = UtcColumns.toColumn(now);
        jdbc.update("UPDATE segment SET member_count = ?, rebuilt_at = ? WHERE id = ?", members, at, segmentId);
        jdbc.update("""
                INSERT INTO segment_size (segment_id, measured_at, members) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE members = VALUES(members)""", segmentId, at, members);
        return new MembershipChange(segmentId, members, entered, exited, now);
    }

    /**
     * The sizes measured since {@code from}, oldest first: every measurement when there are at most {@code most},
     * otherwise the last of each UTC day.
     */
    public List<SegmentSize> sizes(long segmentId, Instant from, int most) {
        var since = UtcColumns.toColumn(from);
        RowMapper<SegmentSize> size = (rs, n) -> new SegmentSize(UtcColumns.read(rs, 1), rs.getLong(2));
        Long measured = jdbc.queryForObject(
                "SELECT COUNT(*) FROM segment_size WHERE segment_id = ? AND measured_at >= ?",
                Long.class,
                segmentId,
                since);
        if (measured != null && measured <= most) {
            return jdbc.query(
                    "SELECT measured_at, members FROM segment_size WHERE segment_id = ? AND measured_at >= ? ORDER BY measured_at",
                    size,
                    segmentId,
                    since);
        }
        return jdbc.query("""
                SELECT s.measured_at, s.members FROM segment_size s
                JOIN (SELECT MAX(measured_at) AS last_of_day FROM segment_size
                      WHERE segment_id = ? AND measured_at >= ? GROUP BY DATE(measured_at)) d
                  ON d.last_of_day = s.measured_at
                WHERE s.segment_id = ? ORDER BY s.measured_at""", size, segmentId, since, segmentId);
    }

    /** Members after the given customer id, in id order, with their entry time: for reading all of them in pages. */
    public List<Map.Entry<Long, Instant>> membersAfter(long segmentId, long afterCustomerId, int limit) {
        return jdbc.query(
                """
                SELECT customer_id, entered_at FROM segment_member
                WHERE segment_id = ? AND customer_id > ? ORDER BY customer_id LIMIT ?""", (rs, n) -> Map.entry(rs.getLong(1), UtcColumns.read(rs, 2)), segmentId, afterCustomerId, limit);
    }

    public List<Long> memberIds(long segmentId, int offset, int limit) {
        return jdbc.queryForList(
                "SELECT customer_id FROM segment_member WHERE segment_id = ? ORDER BY customer_id LIMIT ? OFFSET ?",
                Long.class,
                segmentId,
                limit,
                offset);
    }

    /** The ids the query selects. */
    public Set<Long> ids(Select<?> members) {
        SqlText query = SqlText.of(members);
        Set<Long> ids = new HashSet<>();
        jdbc.query(query.sql(), (RowCallbackHandler) rs -> ids.add(rs.getLong(1)), query.params());
        return ids;
    }

    /**
     * Makes exactly {@code matching} of {@code customerIds} the segment's members among them: a batch's share of a
     * rebuild, written set by set; the size is kept. Answers how many entered and how many left.
     */
    public long[] reconcileAmong(long segmentId, Collection<Long> customerIds, Set<Long> matching, Instant now) {
        Set<Long> current = membersAmong(segmentId, customerIds);
        long[] entries = matching.stream()
                .filter(id -> !current.contains(id))
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        long[] exits = current.stream()
                .filter(id -> !matching.contains(id))
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        long entered = entries.length == 0 ? 0 : enter(segmentId, entries, now);
        long exited = exits.length == 0 ? 0 : close(segmentId, exits, now);
        if (entered != exited) {
            jdbc.update("UPDATE segment SET member_count = member_count + ? WHERE id = ?", entered - exited, segmentId);
        }
        return new long[] {entered, exited};
    }

    /**
     * Locks the customers' rows until the transaction ends, so that two reactions to changes of one customer work
     * it out one after the other: the later one then reads what the earlier one's change committed, and the last
     * word is always that of data as it is now (side by side, an older evaluation could close a membership a newer
     * one had just opened).
     */
    public void lockCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        new NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT id FROM customer WHERE id IN (:ids) ORDER BY id FOR UPDATE",
                        Map.of("ids", customerIds),
                        (RowCallbackHandler) rs -> {});
    }

    /** Which of these customers are members of the segment. */
    public Set<Long> membersAmong(long segmentId, Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> members = new HashSet<>();
        new NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT customer_id FROM segment_member WHERE segment_id = :segment AND customer_id IN (:ids)",
                        Map.of("segment", segmentId, "ids", customerIds),
                        (RowCallbackHandler) rs -> members.add(rs.getLong(1)));
        return members;
    }

    /** Up to {@code limit} current memberships that began at or after {@code since}, after the given one. */
    public List<SegmentEntry> entriesAfter(
            long segmentId, Instant since, Instant afterAt, long afterCustomer, int limit) {
        return jdbc.query(
                """
                SELECT customer_id, entered_at FROM segment_member
                WHERE segment_id = ? AND entered_at >= ?
                  AND (entered_at > ? OR (entered_at = ? AND customer_id > ?))
                ORDER BY entered_at, customer_id LIMIT ?""",
                (rs, row) -> new SegmentEntry(rs.getLong(1), UtcColumns.read(rs, 2)),
                segmentId,
                UtcColumns.toColumn(since),
                UtcColumns.toColumn(afterAt),
                UtcColumns.toColumn(afterAt),
                afterCustomer,
                limit);
    }
}
