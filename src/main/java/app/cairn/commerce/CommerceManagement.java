package app.cairn.commerce;

import app.cairn.customer.CustomerManagement;
import app.cairn.shared.UtcColumns;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records products, orders and events, and answers what the customer page shows of them. Written in plain SQL
 * (these tables grow to millions of rows); natural keys (SKU, order number) make every write idempotent.
 */
@Service
@Transactional
public class CommerceManagement {

    /** Events and orders of one customer (bound twice), as one list. */
    private static final String ACTIVITY = """
            SELECT * FROM (
                SELECT e.id, e.type, e.occurred_at AS at, p.name, e.properties,
                       NULL AS order_number, NULL AS total, NULL AS currency, NULL AS status
                FROM customer_event e LEFT JOIN product p ON p.id = e.product_id
                WHERE e.customer_id = ?
                  AND NOT (e.type = 'ORDER_PLACED' AND EXISTS (
                      SELECT 1 FROM customer_order o
                      WHERE o.customer_id = e.customer_id AND o.order_number = JSON_VALUE(e.properties, '$.order')))
                UNION ALL
                SELECT o.id, 'ORDER_PLACED', o.placed_at, NULL, NULL, o.order_number, o.total, o.currency, o.status
                FROM customer_order o WHERE o.customer_id = ?
            ) activity""";

    private final JdbcClient jdbc;
    private final ProductIds productIds;
    private final ApplicationEventPublisher events;
    private final OrderFigures figures;
    private final ReportingAmounts amounts;
    private final LastEvents lastEvents;
    /** The longest SKU and order line description the order tables keep. */
    private static final int MAX_SKU = 64;

    private static final int MAX_LINE_DESCRIPTION = 255;

    /** The decimals the order tables keep for prices and totals. */
    private static final int PRICE_SCALE = 2;

    private final Clock clock;
    private final ObjectProvider<CustomerManagement> customers;

    CommerceManagement(
            JdbcClient jdbc,
            ProductIds productIds,
            ApplicationEventPublisher events,
            OrderFigures figures,
            ReportingAmounts amounts,
            LastEvents lastEvents,
            Clock clock,
            ObjectProvider<CustomerManagement> customers) {
        this.customers = customers;
        this.amounts = amounts;
        this.figures = figures;
        this.lastEvents = lastEvents;
        this.jdbc = jdbc;
        this.productIds = productIds;
        this.events = events;
        this.clock = clock;
    }

    /** The product with this SKU as it is stored, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProductData> product(String sku) {
        return jdbc.sql("SELECT sku, name, category, price, currency, description FROM product WHERE sku = ?")
                .param(sku)
                .query((rs, row) -> new ProductData(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }

    /** Creates or updates the product with this SKU; returns its id. */
    public long upsertProduct(ProductData product) {
        String sku = requireText(product.sku(), "commerce.error.sku-required");
        String name = requireText(product.name(), "commerce.error.name-required");
        var now = UtcColumns.toColumn(clock.instant());
        jdbc.sql("""
                        INSERT INTO product (sku, name, category, price, currency, description, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE name = VALUES(name), category = VALUES(category), price = VALUES(price),
                            currency = VALUES(currency), description = VALUES(description), updated_at = VALUES(updated_at)""")
                .params(
                        sku,
                        name,
                        product.category(),
                        product.price(),
                        currency(product.currency(), true),
                        product.description(),
                        now,
                        now)
                .update();
        return productId(sku);
    }

    /**
     * Records an order with its lines. An order number seen before is left as it is.
     *
     * @throws CommerceException when the order has no lines, no number, or an unknown currency
     */
    public RecordedOrder recordOrder(OrderData order) {
        String number = requireText(order.orderNumber(), "commerce.error.order-number-required");
        if (order.lines() == null || order.lines().isEmpty()) {
            throw new CommerceException("commerce.error.no-lines", number);
        }
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLineData line = order.lines().get(i);
            if (line.sku() != null && line.sku().length() > MAX_SKU) {
                throw new CommerceException("commerce.error.line-sku-too-long", i + 1, number, MAX_SKU);
            }
            if (line.description() != null && line.description().length() > MAX_LINE_DESCRIPTION) {
                throw new CommerceException(
                        "commerce.error.line-description-too-long", i + 1, number, MAX_LINE_DESCRIPTION);
            }
            int digits = priceDecimals(order.currency());
            if (line.unitPrice() != null
                    && line.unitPrice().stripTrailingZeros().scale() > digits) {
                // rounding it would store a price and a total that do not agree (0.33333 × 3 as 0.33 and 1.00)
                throw new CommerceException(
                        "commerce.error.line-price-precision",
                        i + 1,
                        number,
                        line.unitPrice().toPlainString(),
                        order.currency(),
                        digits);
            }
        }
        Long existing = jdbc.sql("SELECT id FROM customer_order WHERE order_number = ?")
                .param(number)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return new RecordedOrder(existing, false);
        }
        BigDecimal total = order.lines().stream().map(OrderLineData::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO customer_order (order_number, customer_id, placed_at, status, currency, total, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            number,
                            order.customerId(),
                            UtcColumns.toColumn(order.placedAt()),
                            order.status().name(),
                            currency(order.currency(), false),
                            total,
                            UtcColumns.toColumn(clock.instant()))
                    .update(key);
        } catch (DuplicateKeyException twin) {
            // the same order sent twice at once: the other request recorded it (a locking read sees its commit)
            return new RecordedOrder(
                    jdbc.sql("SELECT id FROM customer_order WHERE order_number = ? LOCK IN SHARE MODE")
                            .param(number)
                            .query(Long.class)
                            .single(),
                    false);
        } catch (DataIntegrityViolationException refused) {
            throw unknownCustomerOr(order.customerId(), refused);
        }
        long orderId = key.getKey().longValue();
        Map<String, Long> products =
                productIds.of(order.lines().stream().map(OrderLineData::sku).toList());
        int lineNo = 1;
        for (OrderLineData line : order.lines()) {
            jdbc.sql("""
                            INSERT INTO order_line (order_id, line_no, product_id, sku, description, quantity, unit_price, line_total)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            orderId,
                            lineNo++,
                            products.get(line.sku()),
                            line.sku(),
                            line.description(),
                            line.quantity(),
                            line.unitPrice(),
                            line.total())
                    .update();
        }
        amounts.convert(List.of(orderId));
        figures.refresh(List.of(order.customerId()));
        events.publishEvent(amounts.recorded(List.of(orderId)).getFirst());
        return new RecordedOrder(orderId, true);
    }

    /**
     * The decimals a unit price in the currency may have: its minor units (2 for EUR, 0 for JPY), and never more than
     * the order tables keep (2). A price with more is refused rather than rounded.
     */
    public static int priceDecimals(String currency) {
        try {
            int digits = java.util.Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT))
                    .getDefaultFractionDigits();
            return digits < 0 ? PRICE_SCALE : Math.min(digits, PRICE_SCALE);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return PRICE_SCALE;
        }
    }

    /** The refusal for an unknown customer when that is why the row was refused; the database's own reason else. */
    private RuntimeException unknownCustomerOr(long customerId, DataIntegrityViolationException refused) {
        boolean known = customers.getObject().find(customerId).isPresent();
        return known ? refused : new CommerceException("commerce.error.unknown-customer", customerId);
    }

    /**
     * Records a behavioural event; {@code sku} and {@code properties} (a JSON object) are optional. Answers the
     * event's id.
     */
    public long recordEvent(long customerId, EventType type, String sku, Instant occurredAt, String properties) {
        Long productId = sku == null ? null : productIds.of(List.of(sku)).get(sku);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO customer_event (customer_id, type, product_id, occurred_at, properties)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(customerId, type.name(), productId, UtcColumns.toColumn(occurredAt), properties)
                    .update(key);
        } catch (DataIntegrityViolationException refused) {
            throw unknownCustomerOr(customerId, refused);
        }
        lastEvents.record(List.of(new EventData(customerId, type, sku, occurredAt, properties)));
        events.publishEvent(new CustomerEventRecorded(customerId, type, occurredAt, properties));
        return key.getKey().longValue();
    }

    /**
     * The customer's order count, net spend and first and last order. Cancelled and returned orders are left
     * out; a credit note (an order with a negative total, such as a cancellation invoice) is not an order but
     * lowers the spend. Read from the figures kept with every order, which segment rules read too.
     */
    @Transactional(readOnly = true)
    public PurchaseFigures figures(long customerId) {
        String currency = amounts.reportingCurrency();
        return jdbc.sql("""
                        SELECT orders, spend, unconverted, first_order_at, last_order_at
                        FROM customer_order_figures WHERE customer_id = ?""")
                .param(customerId)
                .query((rs, row) -> new PurchaseFigures(
                        rs.getLong(1),
                        rs.getBigDecimal(2),
                        currency,
                        rs.getLong(3),
                        UtcColumns.read(rs, 4),
                        UtcColumns.read(rs, 5)))
                .optional()
                .orElse(new PurchaseFigures(0, BigDecimal.ZERO, currency, 0, null, null));
    }

    /** A page of the customer's orders with their lines, newest first. */
    @Transactional(readOnly = true)
    public List<OrderView> orders(long customerId, int offset, int limit) {
        return withLines(jdbc.sql("""
                        SELECT id, order_number, placed_at, status, currency, total FROM customer_order
                        WHERE customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT ? OFFSET ?""").params(customerId, limit, offset));
    }

    /** The order with this number, with its lines and whose it is. */
    @Transactional(readOnly = true)
    public Optional<StoredOrder> order(String orderNumber) {
        return jdbc.sql("SELECT customer_id FROM customer_order WHERE order_number = ?")
                .param(orderNumber)
                .query(Long.class)
                .optional()
                .map(customer -> new StoredOrder(
                        customer, withLines(jdbc.sql("""
                                                SELECT id, order_number, placed_at, status, currency, total
                                                FROM customer_order WHERE order_number = ?""").param(orderNumber)).getFirst()));
    }

    private List<OrderView> withLines(JdbcClient.StatementSpec query) {
        List<OrderView> orders = query.query((rs, row) -> new OrderView(
                        rs.getLong(1),
                        rs.getString(2),
                        UtcColumns.read(rs, 3),
                        OrderStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        List.of()))
                .list();
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<OrderLineData>> lines = jdbc
                .sql("""
                        SELECT order_id, sku, description, quantity, unit_price FROM order_line
                        WHERE order_id IN (:ids) ORDER BY order_id, line_no""")
                .param("ids", orders.stream().map(OrderView::id).toList())
                .query((rs, row) -> Map.entry(
                        rs.getLong(1),
                        new OrderLineData(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return orders.stream()
                .map(o -> new OrderView(
                        o.id(),
                        o.orderNumber(),
                        o.placedAt(),
                        o.status(),
                        o.currency(),
                        o.total(),
                        lines.getOrDefault(o.id(), List.of())))
                .toList();
    }

    /** How many orders the customer has (all statuses). */
    @Transactional(readOnly = true)
    public long countOrders(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    /** A page of the customer's events, newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEvent> timeline(long customerId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.type, e.occurred_at, p.sku, p.name, e.properties FROM customer_event e
                        LEFT JOIN product p ON p.id = e.product_id
                        WHERE e.customer_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?""")
                .params(customerId, limit, offset)
                .query((rs, row) -> new TimelineEvent(
                        rs.getLong(1),
                        EventType.valueOf(rs.getString(2)),
                        UtcColumns.read(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /**
     * A page of what the customer did, newest first: events and recorded orders together, each order once (an
     * order placed event naming a recorded order is left out).
     */
    @Transactional(readOnly = true)
    public List<Activity> activity(long customerId, int offset, int limit) {
        return jdbc.sql(ACTIVITY + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(customerId, customerId, limit, offset)
                .query((rs, row) -> new Activity(
                        EventType.valueOf(rs.getString(2)),
                        UtcColumns.read(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getString(9) == null ? null : OrderStatus.valueOf(rs.getString(9))))
                .list();
    }

    /** How many lines {@link #activity} has for the customer. */
    @Transactional(readOnly = true)
    public long countActivity(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + ACTIVITY + ") a")
                .params(customerId, customerId)
                .query(Long.class)
                .single();
    }

    /** How many events the customer has. */
    @Transactional(readOnly = true)
    public long countEvents(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_event WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    private long productId(String sku) {
        return jdbc.sql("SELECT id FROM product WHERE sku = ?")
                .param(sku)
                .query(Long.class)
                .single();
    }

    private static String currency(String code, boolean optional) {
        if (code == null || code.isBlank()) {
            if (optional) {
                return null;
            }
            throw new CommerceException("commerce.error.currency-invalid", String.valueOf(code));
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new CommerceException("commerce.error.currency-invalid", code);
        }
    }

    private static String requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new CommerceException(key);
        }
        return value.strip();
    }
}
