package app.cairn.segment.internal.rules;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;

import app.cairn.commerce.CommerceTables;
import app.cairn.customer.CustomerTables;
import app.cairn.scoring.ScoreTables;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.SegmentRule;
import app.cairn.shared.UtcColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Turns a checked rule into a jOOQ condition on the live customer {@code c}: every value is a bind parameter,
 * and every table is read through its owner's description ({@link CustomerTables}, {@link CommerceTables},
 * {@link ScoreTables}; segment memberships are this module's own),
 * so nothing in a rule can change the query's shape. Order figures (count, spend, average, first and last order)
 * are columns of the customer's figures row {@code f}, joined when a rule reads them, 0 for a customer without
 * one. Conditions on other tables become {@code c.id IN (subquery)} or {@code NOT IN}, which MariaDB and MySQL
 * run as semi-joins and anti-joins from the subquery's index; a condition that a customer without any such rows
 * meets (no cart in two days) is written as {@code NOT IN} the customers who fail it. Every condition is true or
 * false, never NULL, so NOT turns it around exactly. Relative dates are fixed from {@code now} when the rule is
 * compiled.
 */
public final class RuleCompiler {

    public static final Field<Long> CUSTOMER_ID = CustomerTables.ID;
    public static final Table<?> CUSTOMER = CustomerTables.CUSTOMERS;

    private static final Field<Long> O_CUSTOMER = CommerceTables.ORDER_CUSTOMER;
    private static final Field<BigDecimal> O_TOTAL = CommerceTables.ORDER_TOTAL;
    private static final Field<String> O_STATUS = CommerceTables.ORDER_STATUS;
    private static final Field<LocalDateTime> O_PLACED = CommerceTables.ORDER_PLACED;
    private static final Table<?> ORDERS = CommerceTables.ORDERS;
    private static final Table<?> FIGURES = CommerceTables.FIGURES;
    private static final Field<Long> F_CUSTOMER = CommerceTables.FIGURES_CUSTOMER;
    private static final Field<BigDecimal> F_ORDERS = CommerceTables.FIGURES_ORDERS;
    private static final Field<BigDecimal> F_SPEND = CommerceTables.FIGURES_SPEND;
    private static final Field<LocalDateTime> F_FIRST = CommerceTables.FIGURES_FIRST;
    private static final Field<LocalDateTime> F_LAST = CommerceTables.FIGURES_LAST;

    private final Instant now;
    private final LongFunction<Optional<SegmentRule>> segments;
    /** The customer id range the compiler is limited to (both ends included), or null for all customers. */
    private final Long from;

    private final Long to;
    /** Whether a compiled condition reads the order figures, so that they must be joined. */
    private boolean figuresUsed;

    /**
     * @param segments a segment's rule by id; an empty group for a static segment, whose members are listed
     */
    public RuleCompiler(Instant now, LongFunction<Optional<SegmentRule>> segments) {
        this(now, segments, null, null);
    }

    private RuleCompiler(Instant now, LongFunction<Optional<SegmentRule>> segments, Long from, Long to) {
        this.now = now;
        this.segments = segments;
        this.from = from;
        this.to = to;
    }

    /** The condition on {@code c} for a rule that {@link RuleValidator} accepted. */
    public Condition compile(SegmentRule rule) {
        return switch (rule) {
            case RuleGroup group -> group(group);
            case RuleCondition condition -> condition(condition);
        };
    }

    /** The ids of the live customers the rule matches. */
    public Select<org.jooq.Record1<Long>> members(SegmentRule rule) {
        Condition matches = compile(rule);
        return select(CUSTOMER_ID).from(customers()).where(live().and(matches));
    }

    /**
     * The ids of the live customers in an id range (both ends included) the rule matches, with every subquery
     * limited to the range too: ranges counted or rebuilt side by side on several connections use several cores, where the
     * database runs one query on one.
     */
    public Select<org.jooq.Record1<Long>> members(SegmentRule rule, long fromId, long toId) {
        RuleCompiler part = new RuleCompiler(now, segments, fromId, toId);
        Condition matches = part.compile(rule);
        return select(CUSTOMER_ID)
                .from(part.customers())
                .where(CUSTOMER_ID.between(fromId, toId).and(live()).and(matches));
    }

    /**
     * Which of these customers the rule matches, with every subquery limited to the range of their ids: a batch of
     * customers tested at once, as a journey's condition step does.
     */
    public Select<org.jooq.Record1<Long>> membersAmong(SegmentRule rule, java.util.Collection<Long> customerIds) {
        long fromId = java.util.Collections.min(customerIds);
        long toId = java.util.Collections.max(customerIds);
        RuleCompiler part = new RuleCompiler(now, segments, fromId, toId);
        Condition matches = part.compile(rule);
        return select(CUSTOMER_ID)
                .from(part.customers())
                .where(CUSTOMER_ID.in(customerIds).and(live()).and(matches));
    }

    /**
     * The customers, with their order figures joined when the rule reads them: one row per customer at most
     * (the figures' key is the customer), none for a customer without orders, whose figures read as 0.
     */
    private org.jooq.TableLike<?> customers() {
        return figuresUsed ? CUSTOMER.leftJoin(FIGURES).on(F_CUSTOMER.eq(CUSTOMER_ID)) : CUSTOMER;
    }

    /**
     * The query that finds the one customer when the rule matches them (and nothing otherwise). Every subquery is
     * limited to the customer too: otherwise the database may work a subquery out for all customers (a million
     * rows, seconds) to test one.
     */
    public Select<org.jooq.Record1<Long>> member(SegmentRule rule, long customerId) {
        RuleCompiler one = new RuleCompiler(now, segments, customerId, customerId);
        Condition matches = one.compile(rule);
        return select(CUSTOMER_ID)
                .from(one.customers())
                .where(CUSTOMER_ID.eq(customerId).and(live()).and(matches));
    }

    /** The condition of a subquery, limited to the compiler's customer or range of customers if it has one. */
    private Condition scoped(Field<Long> owner, Condition where) {
        if (from == null) {
            return where;
        }
        return where.and(from.equals(to) ? owner.eq(from) : owner.between(from, to));
    }

    public static Condition live() {
        return CustomerTables.MERGED_INTO.isNull();
    }

    private Condition group(RuleGroup group) {
        List<Condition> parts = new ArrayList<>();
        group.rules().forEach(rule -> parts.add(compile(rule)));
        Condition combined = group.match() == RuleGroup.Match.ALL ? DSL.and(parts) : DSL.or(parts);
        return group.negated() ? not(combined) : combined;
    }

    private Condition condition(RuleCondition c) {
        return switch (c.field().kind()) {
            case TEXT -> text(CustomerTables.text(c.field().column()), c);
            case DATE -> c.field().column() != null ? profileDate(c) : orderDate(c);
            case NUMBER -> orderFigure(c);
            case ATTRIBUTE -> attribute(c);
            case PRESENCE -> presence(c);
            case COUNT -> events(c);
        };
    }

    private static Condition text(Field<String> column, RuleCondition c) {
        List<String> values = values(c);
        return switch (c.operator()) {
            case EQUALS -> column.in(values);
            case NOT_EQUALS -> column.isNull().or(column.notIn(values));
            case CONTAINS -> column.contains(values.getFirst());
            case STARTS_WITH -> column.startsWith(values.getFirst());
            case IS_SET -> column.isNotNull().and(column.ne(""));
            case IS_NOT_SET -> column.isNull().or(column.eq(""));
            default -> throw unsupported(c);
        };
    }

    private Condition profileDate(RuleCondition c) {
        return c.field() == RuleField.BIRTHDAY ? days(CustomerTables.BIRTHDAY, c) : times(CustomerTables.SIGNED_UP, c);
    }

    /** A date condition on a time column (UTC): days are UTC days, "the last n days" the last n × 24 hours. */
    private Condition times(Field<LocalDateTime> column, RuleCondition c) {
        List<String> v = values(c);
        return switch (c.operator()) {
            case ON ->
                column.ge(start(v.getFirst())).and(column.lt(start(v.getFirst()).plusDays(1)));
            case BEFORE -> column.lt(start(v.getFirst()));
            case AFTER -> column.ge(start(v.getFirst()).plusDays(1));
            case BETWEEN ->
                column.ge(start(v.get(0))).and(column.lt(start(v.get(1)).plusDays(1)));
            case IN_LAST_DAYS -> column.ge(ago(v.getFirst()));
            case MORE_THAN_DAYS_AGO -> column.lt(ago(v.getFirst()));
            case IS_SET -> column.isNotNull();
            case IS_NOT_SET -> column.isNull();
            default -> throw unsupported(c);
        };
    }

    /** A date condition on a day column. */
    private Condition days(Field<LocalDate> column, RuleCondition c) {
        List<String> v = values(c);
        return switch (c.operator()) {
            case ON -> column.eq(LocalDate.parse(v.getFirst()));
            case BEFORE -> column.lt(LocalDate.parse(v.getFirst()));
            case AFTER -> column.gt(LocalDate.parse(v.getFirst()));
            case BETWEEN -> column.between(LocalDate.parse(v.get(0)), LocalDate.parse(v.get(1)));
            case IN_LAST_DAYS -> column.ge(ago(v.getFirst()).toLocalDate()).and(column.le(today()));
            case MORE_THAN_DAYS_AGO -> column.lt(ago(v.getFirst()).toLocalDate());
            case IS_SET -> column.isNotNull();
            case IS_NOT_SET -> column.isNull();
            default -> throw unsupported(c);
        };
    }

    /** First or last order date: customers without orders have none, and meet only "is not set". */
    private Condition orderDate(RuleCondition c) {
        figuresUsed = true;
        if (c.operator() == RuleOperator.IS_SET || c.operator() == RuleOperator.IS_NOT_SET) {
            Condition hasOrders = DSL.coalesce(F_ORDERS, BigDecimal.ZERO).gt(BigDecimal.ZERO);
            return c.operator() == RuleOperator.IS_SET ? hasOrders : not(hasOrders);
        }
        Field<LocalDateTime> day = c.field() == RuleField.FIRST_ORDER_DATE ? F_FIRST : F_LAST;
        // never NULL, so that NOT (first order before …) holds for customers without orders
        return day.isNotNull().and(times(day, c));
    }

    /** Orders that count: not cancelled or returned, and not credit notes. */
    private static Condition counted() {
        return O_TOTAL.ge(BigDecimal.ZERO).and(O_STATUS.notIn("CANCELLED", "RETURNED"));
    }

    /**
     * Order count, net spend (credit notes lower it) or average order value, from each customer's order figures
     * (kept with every order, joined to the customer). A customer without orders has no figures row: 0 of each.
     */
    private Condition orderFigure(RuleCondition c) {
        figuresUsed = true;
        Field<BigDecimal> orders = DSL.coalesce(F_ORDERS, BigDecimal.ZERO);
        Field<BigDecimal> figure =
                switch (c.field()) {
                    case ORDER_COUNT -> orders;
                    case TOTAL_SPEND -> DSL.coalesce(F_SPEND, BigDecimal.ZERO);
                    default ->
                        when(orders.gt(BigDecimal.ZERO), F_SPEND.div(F_ORDERS)).otherwise(BigDecimal.ZERO);
                };
        return compare(figure, c);
    }

    private static Condition compare(Field<BigDecimal> figure, RuleCondition c) {
        List<BigDecimal> v = values(c).stream().map(BigDecimal::new).toList();
        return switch (c.operator()) {
            case EQUALS -> figure.eq(v.getFirst());
            case NOT_EQUALS -> figure.ne(v.getFirst());
            case GREATER_THAN -> figure.gt(v.getFirst());
            case AT_LEAST -> figure.ge(v.getFirst());
            case LESS_THAN -> figure.lt(v.getFirst());
            case AT_MOST -> figure.le(v.getFirst());
            case BETWEEN -> figure.between(v.get(0), v.get(1));
            default -> throw unsupported(c);
        };
    }

    private Condition attribute(RuleCondition c) {
        Field<Long> owner = CustomerTables.ATTRIBUTE_CUSTOMER;
        Field<String> value = CustomerTables.ATTRIBUTE_VALUE;
        Condition named = scoped(owner, CustomerTables.ATTRIBUTE_NAME.eq(c.key().strip()));
        var having = select(owner).from(CustomerTables.ATTRIBUTES);
        return switch (c.operator()) {
            case IS_NOT_SET -> CUSTOMER_ID.notIn(having.where(named));
            case NOT_EQUALS -> CUSTOMER_ID.notIn(having.where(named.and(value.in(values(c)))));
            case IS_SET -> CUSTOMER_ID.in(having.where(named.and(value.ne(""))));
            case EQUALS, CONTAINS, STARTS_WITH -> CUSTOMER_ID.in(having.where(named.and(text(value, c))));
            default -> {
                // a number comparison: only values that are numbers take part
                Field<BigDecimal> number = value.cast(SQLDataType.DECIMAL(30, 6));
                Condition numeric = DSL.condition("{0} REGEXP {1}", value, DSL.val("^-?[0-9]+(\\.[0-9]+)?$"));
                yield CUSTOMER_ID.in(having.where(named.and(numeric).and(compare(number, c))));
            }
        };
    }

    private Condition presence(RuleCondition c) {
        Condition has =
                switch (c.field()) {
                    case TAG ->
                        CUSTOMER_ID.in(select(CustomerTables.TAG_CUSTOMER)
                                .from(CustomerTables.TAGS)
                                .where(scoped(CustomerTables.TAG_CUSTOMER, CustomerTables.TAG.in(values(c)))));
                    case CONSENT ->
                        CUSTOMER_ID.in(select(CustomerTables.CONSENT_CUSTOMER)
                                .from(CustomerTables.CONSENTS)
                                .where(scoped(
                                        CustomerTables.CONSENT_CUSTOMER,
                                        CustomerTables.CONSENT_CHANNEL.eq(
                                                c.key().strip())))
                                .and(CustomerTables.CONSENT_GRANTED.isTrue()));
                    case BOUGHT_PRODUCT -> bought(CommerceTables.LINE_SKU.in(values(c)), c, false);
                    case BOUGHT_CATEGORY -> bought(CommerceTables.PRODUCT_CATEGORY.in(values(c)), c, true);
                    case IN_SEGMENT -> inSegment(Long.parseLong(values(c).getFirst()));
                    case RFM_SEGMENT ->
                        CUSTOMER_ID.in(select(ScoreTables.CUSTOMER_ID)
                                .from(ScoreTables.SCORES)
                                .where(scoped(ScoreTables.CUSTOMER_ID, ScoreTables.RFM_SEGMENT.in(values(c)))));
                    case CLUSTER ->
                        CUSTOMER_ID.in(select(ScoreTables.CUSTOMER_ID)
                                .from(ScoreTables.SCORES)
                                .where(scoped(
                                        ScoreTables.CUSTOMER_ID,
                                        ScoreTables.CLUSTER.in(values(c).stream()
                                                .map(Integer::valueOf)
                                                .toList()))));
                    default -> throw unsupported(c);
                };
        return c.operator() == RuleOperator.IS ? has : not(has);
    }

    private Condition bought(Condition what, RuleCondition c, boolean byCategory) {
        var from = select(O_CUSTOMER)
                .from(ORDERS)
                .join(CommerceTables.LINES)
                .on(CommerceTables.LINE_ORDER.eq(CommerceTables.ORDER_ID));
        var joined = byCategory
                ? from.join(CommerceTables.PRODUCTS).on(CommerceTables.PRODUCT_ID.eq(CommerceTables.LINE_PRODUCT))
                : from;
        Condition where = counted().and(what);
        if (c.withinDays() != null) {
            where = where.and(O_PLACED.ge(ago(c.withinDays())));
        }
        return CUSTOMER_ID.in(joined.where(scoped(O_CUSTOMER, where)));
    }

    /** A rule segment by its rule (always current); a static one by its list of members. */
    private Condition inSegment(long id) {
        SegmentRule rule = segments.apply(id).orElseThrow();
        if (rule instanceof RuleGroup group && group.rules().isEmpty()) {
            return CUSTOMER_ID.in(select(field(name("m", "customer_id"), Long.class))
                    .from(table(name("segment_member")).as("m"))
                    .where(scoped(
                            field(name("m", "customer_id"), Long.class),
                            field(name("m", "segment_id"), Long.class).eq(id))));
        }
        return compile(rule);
    }

    /** Events of a type counted (within the window): a count of 0 is met by customers without such events. */
    private Condition events(RuleCondition c) {
        Field<Long> owner = CommerceTables.EVENT_CUSTOMER;
        Condition where = CommerceTables.EVENT_TYPE.eq(c.key().strip());
        if (c.withinDays() != null) {
            where = where.and(CommerceTables.EVENT_AT.ge(ago(c.withinDays())));
        }
        int n = Integer.parseInt(values(c).getFirst());
        if (n == 0 || (n == 1 && c.operator() == RuleOperator.COUNT_AT_LEAST)) {
            return lastEvent(c, n);
        }
        var counted = select(owner)
                .from(CommerceTables.EVENTS)
                .where(scoped(owner, where))
                .groupBy(owner);
        return switch (c.operator()) {
            case COUNT_AT_LEAST -> n <= 0 ? trueCondition() : CUSTOMER_ID.in(counted.having(count().ge(n)));
            case COUNT_AT_MOST -> CUSTOMER_ID.notIn(counted.having(count().gt(n)));
            case COUNT_EXACTLY -> n == 0 ? CUSTOMER_ID.notIn(counted) : CUSTOMER_ID.in(counted.having(count().eq(n)));
            default -> throw unsupported(c);
        };
    }

    /**
     * "At least once" and "never" (in the window) need no count: whether the customer's latest event of the type
     * falls in the window, one row per customer, kept with every event.
     */
    private Condition lastEvent(RuleCondition c, int n) {
        Field<Long> owner = CommerceTables.LAST_EVENT_CUSTOMER;
        Condition where = CommerceTables.LAST_EVENT_TYPE.eq(c.key().strip());
        if (c.withinDays() != null) {
            where = where.and(CommerceTables.LAST_EVENT_AT.ge(ago(c.withinDays())));
        }
        Condition had =
                CUSTOMER_ID.in(select(owner).from(CommerceTables.LAST_EVENTS).where(scoped(owner, where)));
        return switch (c.operator()) {
            case COUNT_AT_LEAST -> n <= 0 ? trueCondition() : had;
            case COUNT_AT_MOST, COUNT_EXACTLY -> not(had);
            default -> throw unsupported(c);
        };
    }

    private static List<String> values(RuleCondition c) {
        return c.values().stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    private LocalDateTime ago(String days) {
        return ago(Integer.parseInt(days));
    }

    private LocalDateTime ago(int days) {
        return UtcColumns.toColumn(now.minus(days, ChronoUnit.DAYS));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static LocalDateTime start(String day) {
        return LocalDate.parse(day).atStartOfDay();
    }

    private static IllegalArgumentException unsupported(RuleCondition c) {
        return new IllegalArgumentException("operator " + c.operator() + " on " + c.field());
    }
}
