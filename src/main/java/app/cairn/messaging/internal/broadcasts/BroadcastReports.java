package app.cairn.messaging.internal.broadcasts;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastReport;
import app.cairn.messaging.EngagementPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts a broadcast's messages by what became of them, and its engagement by hour. */
@Component
public class BroadcastReports {

    private final JdbcClient jdbc;
    private final BroadcastStore broadcasts;

    public BroadcastReports(JdbcClient jdbc, BroadcastStore broadcasts) {
        this.jdbc = jdbc;
        this.broadcasts = broadcasts;
    }

    public BroadcastReport report(Broadcast broadcast) {
        return jdbc.sql("""
                        SELECT COUNT(sent_at),
                               COALESCE(SUM(sent_at IS NOT NULL AND status <> 'BOUNCED'), 0),
                               COALESCE(SUM(status = 'BOUNCED'), 0),
                               COALESCE(SUM(status IN ('QUEUED', 'SENDING')), 0),
                               COALESCE(SUM(status = 'FAILED'), 0),
                               COALESCE(SUM(status = 'CANCELLED'), 0),
                               COUNT(opened_at), COUNT(clicked_at), COUNT(unsubscribed_at), COUNT(converted_at)
                        FROM email_message WHERE source = 'BROADCAST' AND source_id = ?""")
                .param(broadcast.id())
                .query((rs, row) -> new BroadcastReport(
                        broadcast,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        revenue(broadcast.id()),
                        broadcasts.skipped(broadcast.id())))
                .single();
    }

    private Map<String, BigDecimal> revenue(long broadcastId) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        jdbc.sql("""
                        SELECT conversion_currency, SUM(conversion_revenue) FROM email_message
                        WHERE source = 'BROADCAST' AND source_id = ? AND conversion_revenue IS NOT NULL
                        GROUP BY conversion_currency""")
                .param(broadcastId)
                .query((rs, row) -> revenue.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return revenue;
    }

    /** First opens and first clicks per hour, for the hours that had any, in order. */
    public List<EngagementPoint> byHour(long broadcastId) {
        return jdbc.sql("""
                        SELECT hour, SUM(opens), SUM(clicks) FROM (
                            SELECT DATE_FORMAT(opened_at, '%Y-%m-%d %H:00:00') AS hour, 1 AS opens, 0 AS clicks
                            FROM email_message WHERE source = 'BROADCAST' AND source_id = :id AND opened_at IS NOT NULL
                            UNION ALL
                            SELECT DATE_FORMAT(clicked_at, '%Y-%m-%d %H:00:00'), 0, 1
                            FROM email_message WHERE source = 'BROADCAST' AND source_id = :id AND clicked_at IS NOT NULL
                        ) e GROUP BY hour ORDER BY hour""")
                .param("id", broadcastId)
                .query((rs, row) -> new EngagementPoint(
                        java.time.LocalDateTime.parse(rs.getString(1).replace(' ', 'T'))
                                .toInstant(java.time.ZoneOffset.UTC),
                        rs.getLong(2),
                        rs.getLong(3)))
                .list();
    }
}
