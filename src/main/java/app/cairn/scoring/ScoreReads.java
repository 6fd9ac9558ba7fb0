package app.cairn.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The RFM map and its cells' customers, read from the scores. */
@Component
class ScoreReads {

    private final JdbcTemplate jdbc;

    ScoreReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RfmCell> rfmMap() {
        Map<String, RfmCell> cells = new HashMap<>();
        jdbc.query("SELECT r, f, COUNT(*), AVG(spend) FROM customer_rfm GROUP BY r, f", rs -> {
            cells.put(
                    rs.getInt(1) + ":" + rs.getInt(2),
                    new RfmCell(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getBigDecimal(4)));
        });
        List<RfmCell> map = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                map.add(cells.getOrDefault(r + ":" + f, new RfmCell(r, f, 0, BigDecimal.ZERO)));
            }
        }
        return map;
    }

    List<Long> rfmCustomers(int r, int f, int offset, int limit) {
        return jdbc.queryForList(
                "SELECT customer_id FROM customer_rfm WHERE r = ? AND f = ? ORDER BY spend DESC, customer_id LIMIT ? OFFSET ?",
                Long.class,
                r,
                f,
                limit,
                offset);
    }
}
