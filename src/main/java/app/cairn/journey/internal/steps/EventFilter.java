package app.cairn.journey.internal.steps;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An event entry's filter on one of the event's properties, such as {@code cart_value > 50}: {@code property},
 * {@code operator} ({@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code contains}) and
 * {@code value} among the step's settings. Numbers compare as numbers, anything else as text (ignoring case); an
 * event without the property does not pass, except for {@code ne}.
 */
public final class EventFilter {

    public static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "gte", "lt", "lte", "contains");

    private EventFilter() {}

    /** Whether the step has a filter at all. */
    public static boolean present(Map<String, String> settings) {
        String property = settings.get("property");
        return property != null && !property.isBlank();
    }

    public static boolean passes(Map<String, String> settings, Map<String, Object> properties) {
        if (!present(settings)) {
            return true;
        }
        String operator = settings.getOrDefault("operator", "eq");
        String wanted = settings.getOrDefault("value", "");
        Object actual = properties.get(settings.get("property").strip());
        if (actual == null) {
            return "ne".equals(operator);
        }
        String text = String.valueOf(actual);
        if ("contains".equals(operator)) {
            return text.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
        }
        int order = compare(text, wanted.strip());
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
