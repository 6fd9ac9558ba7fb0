package app.cairn.messaging.internal.bounces;

import app.cairn.messaging.Suppression;
import app.cairn.messaging.SuppressionReason;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.LikePatterns;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suppression list, by address in lower case. */
@Component
public class SuppressionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public SuppressionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the address; one already on the list keeps its first reason. Answers whether it was added. */
    public boolean add(String address, SuppressionReason reason, String detail, String by) {
        return jdbc.sql("""
                        INSERT IGNORE INTO email_suppression (address, reason, detail, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(
                                normal(address),
                                reason.name(),
                                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500),
                                UtcColumns.toColumn(clock.instant()),
                                by)
                        .update()
                == 1;
    }

    public boolean remove(String address) {
        return jdbc.sql("DELETE FROM email_suppression WHERE address = ?")
                        .param(normal(address))
                        .update()
                == 1;
    }

    /** Which of these addresses are suppressed, in lower case. */
    public Set<String> among(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT address FROM email_suppression WHERE address IN (:addresses)")
                .param(
                        "addresses",
                        addresses.stream().map(SuppressionStore::normal).toList())
                .query(String.class)
                .list());
    }

    /** A page of the list, newest first, of addresses starting with {@code prefix} (any when blank). */
    public List<Suppression> page(String prefix, int offset, int limit) {
        return jdbc.sql("""
                        SELECT address, reason, detail, created_at, created_by FROM email_suppression
                        WHERE address LIKE ? ORDER BY created_at DESC, address LIMIT ? OFFSET ?""")
                .params(like(prefix), limit, offset)
                .query((rs, row) -> new Suppression(
                        rs.getString(1),
                        SuppressionReason.valueOf(rs.getString(2)),
                        rs.getString(3),
                        UtcColumns.read(rs, 4),
                        rs.getString(5)))
                .list();
    }

    public long count(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM email_suppression WHERE address LIKE ?")
                .param(like(prefix))
                .query(Long.class)
                .single();
    }

    private static String like(String prefix) {
        String start = prefix == null ? "" : normal(prefix);
        return LikePatterns.startingWith(start);
    }

    public static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
