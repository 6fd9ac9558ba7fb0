package app.cairn.segment;

import java.util.List;

/**
 * One condition on a customer.
 *
 * @param field what is tested
 * @param key which attribute, consent channel or event type, for the fields that need one; else null
 * @param operator how it is tested; the field says which operators it takes
 * @param values the values to test against, as text: numbers with a decimal point, dates as
 *     {@code yyyy-MM-dd}, days and counts as whole numbers, another segment by its id
 * @param withinDays for events and purchases, only those of the last so many days; null for all time
 */
public record RuleCondition(RuleField field, String key, RuleOperator operator, List<String> values, Integer withinDays)
        implements SegmentRule {

    public RuleCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A condition without key or time window. */
    public static RuleCondition of(RuleField field, RuleOperator operator, String... values) {
        return new RuleCondition(field, null, operator, List.of(values), null);
    }

    /** A condition on the named attribute, channel or event type. */
    public static RuleCondition keyed(RuleField field, String key, RuleOperator operator, String... values) {
        return new RuleCondition(field, key, operator, List.of(values), null);
    }

    /** The same condition, limited to the last {@code days} days. */
    public RuleCondition within(int days) {
        return new RuleCondition(field, key, operator, values, days);
    }
}
