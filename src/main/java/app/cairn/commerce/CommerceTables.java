package app.cairn.commerce;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The commerce tables as other modules' SQL may read them (segment rules compile against these), each with its
 * alias: a change to these tables is made here, with the module that writes them, not in the readers.
 */
public final class CommerceTables {

    /** Orders, as {@code o}. */
    public static final Table<?> ORDERS = table(name("customer_order")).as("o");

    public static final Field<Long> ORDER_ID = field(name("o", "id"), Long.class);
    public static final Field<Long> ORDER_CUSTOMER = field(name("o", "customer_id"), Long.class);
    /** The order's total in its own currency (negative for a credit note). */
    public static final Field<BigDecimal> ORDER_TOTAL = field(name("o", "total"), BigDecimal.class);
    /** An {@link OrderStatus} name. */
    public static final Field<String> ORDER_STATUS = field(name("o", "status"), String.class);

    public static final Field<LocalDateTime> ORDER_PLACED = field(name("o", "placed_at"), LocalDateTime.class);

    /** Order lines, as {@code l}. */
    public static final Table<?> LINES = table(name("order_line")).as("l");

    public static final Field<Long> LINE_ORDER = field(name("l", "order_id"), Long.class);
    public static final Field<String> LINE_SKU = field(name("l", "sku"), String.class);
    public static final Field<Long> LINE_PRODUCT = field(name("l", "product_id"), Long.class);

    /** Products, as {@code p}. */
    public static final Table<?> PRODUCTS = table(name("product")).as("p");

    public static final Field<Long> PRODUCT_ID = field(name("p", "id"), Long.class);
    public static final Field<String> PRODUCT_CATEGORY = field(name("p", "category"), String.class);

    /**
     * Each customer's order figures, one row per customer with orders that count, kept with every order written,
     * as {@code f}: orders, net spend in the reporting currency, first and last order.
     */
    public static final Table<?> FIGURES = table(name("customer_order_figures")).as("f");

    public static final Field<Long> FIGURES_CUSTOMER = field(name("f", "customer_id"), Long.class);
    public static final Field<BigDecimal> FIGURES_ORDERS = field(name("f", "orders"), BigDecimal.class);
    public static final Field<BigDecimal> FIGURES_SPEND = field(name("f", "spend"), BigDecimal.class);
    public static final Field<LocalDateTime> FIGURES_FIRST = field(name("f", "first_order_at"), LocalDateTime.class);
    public static final Field<LocalDateTime> FIGURES_LAST = field(name("f", "last_order_at"), LocalDateTime.class);

    /** Behavioural events, as {@code e}. */
    public static final Table<?> EVENTS = table(name("customer_event")).as("e");

    public static final Field<Long> EVENT_CUSTOMER = field(name("e", "customer_id"), Long.class);
    /** An {@link EventType} name. */
    public static final Field<String> EVENT_TYPE = field(name("e", "type"), String.class);

    public static final Field<LocalDateTime> EVENT_AT = field(name("e", "occurred_at"), LocalDateTime.class);

    /** Each customer's latest event of each type, kept with every event written, as {@code x}. */
    public static final Table<?> LAST_EVENTS =
            table(name("customer_last_event")).as("x");

    public static final Field<Long> LAST_EVENT_CUSTOMER = field(name("x", "customer_id"), Long.class);
    public static final Field<String> LAST_EVENT_TYPE = field(name("x", "type"), String.class);
    public static final Field<LocalDateTime> LAST_EVENT_AT = field(name("x", "last_at"), LocalDateTime.class);

    private CommerceTables() {}
}
