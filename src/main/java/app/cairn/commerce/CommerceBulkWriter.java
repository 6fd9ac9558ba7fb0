package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.WriteOutcome;
import app.cairn.shared.jdbc.BulkInsert;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes products, orders and events in bulk (imports, generators): new orders, lines and events through
 * {@link BulkInsert}, products as JDBC batches. The natural keys make it idempotent: a known SKU is updated, a
 * known order number is left as it is. Values must be valid already (the importer checks them row by row and
 * reports what it refuses).
 */
@Service
@Transactional
public class CommerceBulkWriter {

    private static final List<String> ORDER_COLUMNS =
            List.of("order_number", "customer_id", "placed_at", "status", "currency", "total", "created_at");
    private static final List<String> LINE_COLUMNS =
            List.of("order_id", "line_no", "product_id", "sku", "description", "quantity", "unit_price", "line_total");
    private static final List<String> EVENT_COLUMNS =
            List.of("customer_id", "type", "product_id", "occurred_at", "properties");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ProductIds productIds;
    private final BulkInsert bulk;
    private final OrderFigures figures;
    private final ReportingAmounts amounts;
    private final LastEvents lastEvents;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommerceBulkWriter(
            JdbcTemplate jdbc,
            NamedParameterJdbcTemplate named,
            ProductIds productIds,
            BulkInsert bulk,
            OrderFigures figures,
            LastEvents lastEvents,
            Clock clock,
            ApplicationEventPublisher events,
            ReportingAmounts amounts) {
        this.events = events;
        this.amounts = amounts;
        this.lastEvents = lastEvents;
        this.jdbc = jdbc;
        this.named = named;
        this.productIds = productIds;
        this.bulk = bulk;
        this.figures = figures;
        this.clock = clock;
    }

    /** Creates or updates the products; returns what happened to each, in order (a repeated SKU: the last wins). */
    public List<WriteOutcome> upsertProducts(List<ProductData> products) {
        Map<String, ProductData> stored = new HashMap<>();
        Set<String> skus = new LinkedHashSet<>();
        products.forEach(p -> skus.add(p.sku()));
        if (!skus.isEmpty()) {
            named.query(
                    "SELECT sku, name, category, price, currency, description FROM product WHERE sku IN (:skus)",
                    Map.of("skus", skus),
                    rs -> {
                        stored.put(
                                rs.getString(1),
                                new ProductData(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getBigDecimal(4),
                                        rs.getString(5),
                                        rs.getString(6)));
                    });
        }
        var now = UtcColumns.toColumn(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (ProductData p : products) {
            ProductData before = stored.get(p.sku());
            if (before != null && same(before, p)) {
                outcomes.add(WriteOutcome.UNCHANGED);
                continue;
            }
            outcomes.add(before == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
            stored.put(p.sku(), p);
            rows.add(
                    new Object[] {p.sku(), p.name(), p.category(), p.price(), p.currency(), p.description(), now, now});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO product (sku, name, category, price, currency, description, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE name = VALUES(name), category = VALUES(category), price = VALUES(price),
                        currency = VALUES(currency), description = VALUES(description),
                        updated_at = VALUES(updated_at)""", rows);
        }
        return outcomes;
    }

    /**
     * Records the orders with their lines: {@code CREATED} for a new order number, {@code UNCHANGED} for one
     * Cairn has already (also when it comes twice in the list).
     */
    public List<WriteOutcome> recordOrders(List<OrderData> orders) {
        Set<String> numbers = new LinkedHashSet<>();
        orders.forEach(o -> numbers.add(o.orderNumber()));
        Set<String> known = new java.util.HashSet<>(idsOfOrders(numbers).keySet());
        List<OrderData> fresh = new ArrayList<>();
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (OrderData order : orders) {
            if (known.add(order.orderNumber())) {
                fresh.add(order);
                outcomes.add(WriteOutcome.CREATED);
            } else {
                outcomes.add(WriteOutcome.UNCHANGED);
            }
        }
        if (fresh.isEmpty()) {
            return outcomes;
        }
        var now = UtcColumns.toColumn(clock.instant());
        List<Long> ids = bulk.insertReturningIds(
                "customer_order",
                ORDER_COLUMNS,
                fresh.stream()
                        .map(o -> new Object[] {
                            o.orderNumber(),
                            o.customerId(),
                            UtcColumns.toColumn(o.placedAt()),
                            o.status().name(),
                            o.currency(),
                            o.lines().stream().map(OrderLineData::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                            now
                        })
                        .toList(),
                "order_number",
                fresh.stream().map(OrderData::orderNumber).toList());
        Map<String, Long> products = productIds.of(fresh.stream()
                .flatMap(o -> o.lines().stream())
                .map(OrderLineData::sku)
                .toList());
        List<Object[]> lines = new ArrayList<>();
        for (int o = 0; o < fresh.size(); o++) {
            OrderData order = fresh.get(o);
            long id = ids.get(o);
            int lineNo = 1;
            for (OrderLineData line : order.lines()) {
                lines.add(new Object[] {
                    id,
                    lineNo++,
                    products.get(line.sku()),
                    line.sku(),
                    line.description(),
                    line.quantity(),
                    line.unitPrice(),
                    line.total()
                });
            }
        }
        bulk.insert("order_line", LINE_COLUMNS, lines);
        amounts.convert(ids);
        List<Long> customers =
                fresh.stream().map(OrderData::customerId).distinct().toList();
        figures.refresh(customers);
        events.publishEvent(new OrdersRecorded(customers, recent(fresh, ids)));
        return outcomes;
    }

    /**
     * Records the events in one batch. Events have no natural key, so a source that may send one twice has to
     * keep track itself (the generators write each once).
     */
    public void recordEvents(List<EventData> events) {
        Map<String, Long> products = productIds.of(
                events.stream().map(EventData::sku).filter(Objects::nonNull).toList());
        bulk.insert(
                "customer_event",
                EVENT_COLUMNS,
                events.stream()
                        .map(e -> new Object[] {
                            e.customerId(),
                            e.type().name(),
                            e.sku() == null ? null : products.get(e.sku()),
                            UtcColumns.toColumn(e.occurredAt()),
                            e.properties()
                        })
                        .toList());
        lastEvents.record(events);
        if (!events.isEmpty()) {
            this.events.publishEvent(new CustomerEventsRecorded(
                    events.stream().map(EventData::customerId).distinct().toList(),
                    events.stream().map(EventData::type).collect(Collectors.toUnmodifiableSet())));
        }
    }

    /** The orders placed within {@link OrdersRecorded#RECENT}, as the single-write event describes each. */
    private List<OrderRecorded> recent(List<OrderData> fresh, List<Long> ids) {
        Instant since = clock.instant().minus(OrdersRecorded.RECENT);
        List<Long> recent = new ArrayList<>();
        for (int o = 0; o < fresh.size(); o++) {
            if (!fresh.get(o).placedAt().isBefore(since)) {
                recent.add(ids.get(o));
            }
        }
        return amounts.recorded(recent);
    }

    private Map<String, Long> idsOfOrders(Collection<String> numbers) {
        Map<String, Long> ids = new HashMap<>();
        if (!numbers.isEmpty()) {
            named.query(
                    "SELECT order_number, id FROM customer_order WHERE order_number IN (:numbers)",
                    Map.of("numbers", numbers),
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    private static boolean same(ProductData a, ProductData b) {
        return Objects.equals(a.name(), b.name())
                && Objects.equals(a.category(), b.category())
                && (a.price() == null
                        ? b.price() == null
                        : b.price() != null && a.price().compareTo(b.price()) == 0)
                && Objects.equals(a.currency(), b.currency())
                && Objects.equals(a.description(), b.description());
    }
}
