package app.cairn.segment;

import java.util.EnumSet;
import java.util.Set;

/** What a condition can test, and of which kind it is. */
public enum RuleField {
    FIRST_NAME(Kind.TEXT, "first_name"),
    LAST_NAME(Kind.TEXT, "last_name"),
    EMAIL(Kind.TEXT, "email"),
    PHONE(Kind.TEXT, "phone"),
    COUNTRY(Kind.TEXT, "country"),
    CITY(Kind.TEXT, "city"),
    LANGUAGE(Kind.TEXT, "language"),
    TIME_ZONE(Kind.TEXT, "time_zone"),
    SOURCE(Kind.TEXT, "source"),
    SIGNUP_DATE(Kind.DATE, "signup_at"),
    BIRTHDAY(Kind.DATE, "birthday"),
    /** A custom attribute, named by the key; compared as text, or as a number by the number operators. */
    ATTRIBUTE(Kind.ATTRIBUTE, null),
    TAG(Kind.PRESENCE, null),
    /** Consent on the channel named by the key (EMAIL, SMS). */
    CONSENT(Kind.PRESENCE, null),
    ORDER_COUNT(Kind.NUMBER, null),
    TOTAL_SPEND(Kind.NUMBER, null),
    AVERAGE_ORDER_VALUE(Kind.NUMBER, null),
    FIRST_ORDER_DATE(Kind.DATE, null),
    LAST_ORDER_DATE(Kind.DATE, null),
    /** Events of the type named by the key, counted, optionally within the last days. */
    EVENT(Kind.COUNT, null),
    /** Bought any of the products (SKUs), optionally within the last days. */
    BOUGHT_PRODUCT(Kind.PRESENCE, null),
    /** Bought in any of the categories, optionally within the last days. */
    BOUGHT_CATEGORY(Kind.PRESENCE, null),
    /** A member of another segment, given by its id. */
    IN_SEGMENT(Kind.PRESENCE, null),
    /** In any of the named RFM segments ({@link app.cairn.scoring.RfmSegment}) of the last scoring. */
    RFM_SEGMENT(Kind.PRESENCE, null),
    /** In any of the numbered clusters ({@link app.cairn.scoring.CustomerCluster}) of the last clustering. */
    CLUSTER(Kind.PRESENCE, null);

    /** The kinds of field, each with the operators it takes. */
    public enum Kind {
        TEXT(EnumSet.of(
                RuleOperator.EQUALS,
                RuleOperator.NOT_EQUALS,
                RuleOperator.CONTAINS,
                RuleOperator.STARTS_WITH,
                RuleOperator.IS_SET,
                RuleOperator.IS_NOT_SET)),
        NUMBER(EnumSet.of(
                RuleOperator.EQUALS,
                RuleOperator.NOT_EQUALS,
                RuleOperator.GREATER_THAN,
                RuleOperator.AT_LEAST,
                RuleOperator.LESS_THAN,
                RuleOperator.AT_MOST,
                RuleOperator.BETWEEN)),
        DATE(EnumSet.of(
                RuleOperator.ON,
                RuleOperator.BEFORE,
                RuleOperator.AFTER,
                RuleOperator.BETWEEN,
                RuleOperator.IN_LAST_DAYS,
                RuleOperator.MORE_THAN_DAYS_AGO,
                RuleOperator.IS_SET,
                RuleOperator.IS_NOT_SET)),
        ATTRIBUTE(EnumSet.of(
                RuleOperator.EQUALS,
                RuleOperator.NOT_EQUALS,
                RuleOperator.CONTAINS,
                RuleOperator.STARTS_WITH,
                RuleOperator.IS_SET,
                RuleOperator.IS_NOT_SET,
                RuleOperator.GREATER_THAN,
                RuleOperator.AT_LEAST,
                RuleOperator.LESS_THAN,
                RuleOperator.AT_MOST,
                RuleOperator.BETWEEN)),
        PRESENCE(EnumSet.of(RuleOperator.IS, RuleOperator.IS_NOT)),
        COUNT(EnumSet.of(RuleOperator.COUNT_AT_LEAST, RuleOperator.COUNT_AT_MOST, RuleOperator.COUNT_EXACTLY));

        private final Set<RuleOperator> operators;

        Kind(Set<RuleOperator> operators) {
            this.operators = operators;
        }

        /** The operators this kind of field takes. */
        public Set<RuleOperator> operators() {
            return EnumSet.copyOf(operators);
        }
    }

    private final Kind kind;
    private final String column;

    RuleField(Kind kind, String column) {
        this.kind = kind;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    /** The customer column of a profile field; null for the others. */
    public String column() {
        return column;
    }

    /** Whether a condition on this field names an attribute, channel or event type. */
    public boolean needsKey() {
        return this == ATTRIBUTE || this == CONSENT || this == EVENT;
    }

    /** Whether a condition on this field may be limited to the last days. */
    public boolean takesWindow() {
        return this == EVENT || this == BOUGHT_PRODUCT || this == BOUGHT_CATEGORY;
    }
}
