package app.cairn.journey.step;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A condition on one property of an event, such as {@code total gte 100}: numbers compare as numbers, other values
 * as text regardless of case; {@code contains} looks for the text inside the value.
 *
 * @param property the event property's name
 * @param operator one of {@link #OPERATORS}
 * @param value what the property is compared with
 */
public record EventCondition(String property, String operator, String value) {

    /** The operators, as stored and offered in the form. */
    public static final List<String> OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte", "contains");

    /** Whether the operator is one of {@link #OPERATORS}. */
    public boolean knownOperator() {
        return OPERATORS.contains(operator);
    }

    /** Whether an event with these properties meets the condition; a missing property meets only {@code ne}. */
    public boolean passes(Map<String, Object> properties) {
        Object actual = properties.get(property);
        if (actual == null) {
            return "ne".equals(operator);
        }
        String text = String.valueOf(actual);
        if ("contains".equals(operator)) {
            return text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        }
        int order = compare(text, value);
        return switch (operator) {
            case "eq" -> order == 0;
            case "ne" -> order != 0;
            case "gt" -> order > 0;
            case "gte" -> order >= 0;
            case "lt" -> order < 0;
            case "lte" -> order <= 0;
            default -> false;
        };
    }

    private static int compare(String actual, String wanted) {
        try {
            return new BigDecimal(actual).compareTo(new BigDecimal(wanted));
        } catch (NumberFormatException notNumbers) {
            return actual.compareToIgnoreCase(wanted);
        }
    }
}
