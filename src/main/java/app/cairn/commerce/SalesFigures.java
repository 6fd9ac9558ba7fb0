package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.WeeklyFigure;
import java.math.BigDecimal;
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

/**
 * Orders and revenue week by week, for the home page. Revenue is in the reporting currency only: orders in a
 * currency without an exchange rate are counted as orders but not added, and counted apart so the page can say
 * so. Cancelled and returned orders are left out of both.
 */
@Service
@Transactional(readOnly = true)
public class SalesFigures {

    private final JdbcClient jdbc;
    private final ReportingAmounts amounts;
    private final Clock clock;

    SalesFigures(JdbcClient jdbc, ReportingAmounts amounts, Clock clock) {
        this.jdbc = jdbc;
        this.amounts = amounts;
        this.clock = clock;
    }

    /** The reporting currency the revenue is in. */
    public String currency() {
        return amounts.reportingCurrency();
    }

    /** The last {@code weeks} weeks, the current one included, oldest first; weeks without orders are zero. */
    public List<WeeklyFigure> weekly(int weeks) {
        LocalDate first = firstWeek(weeks);
        Map<LocalDate, WeeklyFigure> found = new HashMap<>();
        jdbc.sql("""
                        SELECT DATE(DATE_SUB(placed_at, INTERVAL WEEKDAY(placed_at) DAY)) AS week, COUNT(*),
                               SUM(CASE WHEN reporting_currency = :currency THEN reporting_total ELSE 0 END)
                        FROM customer_order
                        WHERE placed_at >= :from AND status NOT IN ('CANCELLED', 'RETURNED')
                        GROUP BY week""")
                .param("currency", currency())
                .param("from", UtcColumns.toColumn(first.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .query((rs, row) ->
                        new WeeklyFigure(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getBigDecimal(3)))
                .list()
                .forEach(w -> found.put(w.weekStart(), w));
        List<WeeklyFigure> series = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = first.plusWeeks(i);
            series.add(found.getOrDefault(week, new WeeklyFigure(week, 0, BigDecimal.ZERO)));
        }
        return series;
    }

    /** Orders of the last {@code weeks} weeks in a currency without an exchange rate, so not in the revenue. */
    public long unconverted(int weeks) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM customer_order
                        WHERE placed_at >= :from AND status NOT IN ('CANCELLED', 'RETURNED')
                          AND (reporting_currency IS NULL OR reporting_currency <> :currency)""")
                .param("currency", currency())
                .param(
                        "from",
                        UtcColumns.toColumn(firstWeek(weeks).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .query(Long.class)
                .single();
    }

    private LocalDate firstWeek(int weeks) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks - 1L);
    }
}
