package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Converts orders into the reporting currency with the shop's dated rates (see the migration that adds them): the
 * latest rate valid on the day the order was placed, or the oldest rate there is for orders older than every rate;
 * an order in the reporting currency keeps its amount (rate 1), one in a currency without any rate gets none. The
 * rate used is kept beside the converted amount. Written set by set, in the caller's transaction.
 */
@Component
class ReportingAmounts {

    private static final int BATCH = 2_000;

    private static final String CONVERT = """
            UPDATE customer_order o
            SET o.reporting_currency = :reporting,
                o.reporting_rate = CASE WHEN o.currency = :reporting THEN 1 ELSE COALESCE(
                    (SELECT r.rate FROM exchange_rate r
                     WHERE r.reporting_currency = :reporting AND r.currency = o.currency
                       AND r.valid_from <= DATE(o.placed_at)
                     ORDER BY r.valid_from DESC LIMIT 1),
                    (SELECT r.rate FROM exchange_rate r
                     WHERE r.reporting_currency = :reporting AND r.currency = o.currency
                     ORDER BY r.valid_from LIMIT 1)) END,
                o.reporting_total = ROUND(o.total * (CASE WHEN o.currency = :reporting THEN 1 ELSE COALESCE(
                    (SELECT r.rate FROM exchange_rate r
                     WHERE r.reporting_currency = :reporting AND r.currency = o.currency
                       AND r.valid_from <= DATE(o.placed_at)
                     ORDER BY r.valid_from DESC LIMIT 1),
                    (SELECT r.rate FROM exchange_rate r
                     WHERE r.reporting_currency = :reporting AND r.currency = o.currency
                     ORDER BY r.valid_from LIMIT 1)) END), 2)
            """;

    private final JdbcClient jdbc;

    ReportingAmounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The currency every figure across customers is in. */
    String reportingCurrency() {
        return jdbc.sql("SELECT reporting_currency FROM commerce_currency_setting WHERE id = 1")
                .query(String.class)
                .single();
    }

    /** Converts these orders. */
    void convert(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        String reporting = reportingCurrency();
        List<Long> ids = List.copyOf(orderIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            jdbc.sql(CONVERT + " WHERE o.id IN (:ids)")
                    .param("reporting", reporting)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .update();
        }
    }

    /** The orders as {@link OrderRecorded} describes them, converted amounts included, in the order given. */
    List<OrderRecorded> recorded(List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, OrderRecorded> byId = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT id, customer_id, order_number, placed_at, total, currency, reporting_total,
                               reporting_currency
                        FROM customer_order WHERE id IN (:ids)""")
                .param("ids", orderIds)
                .query((rs, row) -> new OrderRecorded(
                        rs.getLong(2),
                        rs.getLong(1),
                        rs.getString(3),
                        UtcColumns.read(rs, 4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getString(8)))
                .list()
                .forEach(order -> byId.put(order.orderId(), order));
        return orderIds.stream().map(byId::get).toList();
    }

    /** Converts every order in the currency again (after its rates changed); answers how many. */
    int convertCurrency(String currency) {
        return jdbc.sql(CONVERT + " WHERE o.currency = :currency")
                .param("reporting", reportingCurrency())
                .param("currency", currency)
                .update();
    }

    /** Converts every order again (after the reporting currency changed); answers how many. */
    int convertAll() {
        return jdbc.sql(CONVERT).param("reporting", reportingCurrency()).update();
    }
}
