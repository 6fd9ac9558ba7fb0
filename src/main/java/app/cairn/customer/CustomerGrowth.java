package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.WeeklyFigure;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New customers week by week (by sign-up time, merged customers left out), for the home page. */
@Service
@Transactional(readOnly = true)
public class CustomerGrowth {

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerGrowth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last {@code weeks} weeks, the current one included, oldest first; weeks without sign-ups are zero. */
    public List<WeeklyFigure> newPerWeek(int weeks) {
        LocalDate first = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks - 1L);
        Map<LocalDate, Long> found = new HashMap<>();
        jdbc.sql("""
                        SELECT DATE(DATE_SUB(signup_at, INTERVAL WEEKDAY(signup_at) DAY)) AS week, COUNT(*)
                        FROM customer WHERE signup_at >= ? AND merged_into_id IS NULL GROUP BY week""")
                .param(UtcColumns.toColumn(first.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .query((rs, row) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        List<WeeklyFigure> series = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = first.plusWeeks(i);
            series.add(new WeeklyFigure(week, found.getOrDefault(week, 0L), null));
        }
        return series;
    }
}
