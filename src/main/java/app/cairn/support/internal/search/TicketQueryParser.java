package app.cairn.support.internal.search;

import app.cairn.support.TicketChannel;
import app.cairn.support.TicketException;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketType;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what an agent types into ticket search: filters ({@code field:value}, {@code -field:value} to exclude,
 * values in quotes when they hold spaces) and everything else as the words to match. A word before a colon that
 * is not a filter's name is refused by name, so a mistyped filter never silently becomes a word to match.
 */
final class TicketQueryParser {

    /** The filters, by the name typed. */
    static final List<String> FILTERS = List.of(
            "status",
            "priority",
            "channel",
            "type",
            "group",
            "assignee",
            "tag",
            "from",
            "order",
            "created",
            "updated",
            "intent",
            "sentiment");

    private final long staffId;
    private final ZoneId zone;
    private final Function<String, Optional<Long>> groupByName;
    private final Function<String, Optional<Long>> staffByName;

    TicketQueryParser(
            long staffId,
            ZoneId zone,
            Function<String, Optional<Long>> groupByName,
            Function<String, Optional<Long>> staffByName) {
        this.staffId = staffId;
        this.zone = zone;
        this.groupByName = groupByName;
        this.staffByName = staffByName;
    }

    TicketQuery parse(String typed) {
        List<String> words = new ArrayList<>();
        List<TicketQuery.Filter> filters = new ArrayList<>();
        for (String token : tokens(typed == null ? "" : typed)) {
            int colon = token.indexOf(':');
            String name = colon > 0 ? token.substring(token.startsWith("-") ? 1 : 0, colon) : "";
            if (colon < 0 || name.isEmpty() || !name.chars().allMatch(Character::isLetter)) {
                words.add(token);
                continue;
            }
            String value = unquote(token.substring(colon + 1));
            if (value.isEmpty()) {
                words.add(token);
                continue;
            }
            String field = name.toLowerCase(Locale.ROOT);
            if (!FILTERS.contains(field)) {
                throw new TicketException("support.search.error.filter-unknown", name, String.join(", ", FILTERS));
            }
            filters.add(filter(field, value, token.startsWith("-")));
        }
        return new TicketQuery(String.join(" ", words), List.copyOf(filters));
    }

    private TicketQuery.Filter filter(String field, String value, boolean negated) {
        return switch (field) {
            case "status" -> values("status", constant(TicketStatus.class, field, value), negated);
            case "priority" -> values("priority", constant(TicketPriority.class, field, value), negated);
            case "channel" -> values("channel", constant(TicketChannel.class, field, value), negated);
            case "type" -> values("type", constant(TicketType.class, field, value), negated);
            case "intent" -> values("intent", constant(Intent.class, field, value), negated);
            case "sentiment" -> values("sentiment", constant(Sentiment.class, field, value), negated);
            case "tag" -> values(TicketFields.TAG, value, negated);
            case "from" -> values(TicketFields.FROM, value, negated);
            case "order" -> values(TicketFields.ORDER, value, negated);
            case "group" ->
                values(TicketFields.GROUP, groupByName.apply(value).orElseThrow(() -> refused(field, value)), negated);
            case "assignee" -> assignee(value, negated);
            case "created" -> range(TicketFields.CREATED, field, value, negated);
            case "updated" -> range(TicketFields.UPDATED, field, value, negated);
            default -> throw refused(field, value);
        };
    }

    private TicketQuery.Filter assignee(String value, boolean negated) {
        String plain = value.toLowerCase(Locale.ROOT);
        if (plain.equals("none") || plain.equals("nobody")) {
            return new TicketQuery.Missing(TicketFields.ASSIGNEE, negated);
        }
        long id = plain.equals("me") ? staffId : staffByName.apply(value).orElseThrow(() -> refused("assignee", value));
        return values(TicketFields.ASSIGNEE, id, negated);
    }

    private TicketQuery.Filter range(String indexField, String field, String value, boolean negated) {
        try {
            if (value.startsWith(">")) {
                return new TicketQuery.Range(
                        indexField,
                        day(value.substring(1)).plusDays(1).atStartOfDay(zone).toInstant(),
                        null,
                        negated);
            }
            if (value.startsWith("<")) {
                return new TicketQuery.Range(
                        indexField,
                        null,
                        day(value.substring(1)).atStartOfDay(zone).toInstant(),
                        negated);
            }
            int dots = value.indexOf("..");
            LocalDate from = day(dots < 0 ? value : value.substring(0, dots));
            LocalDate to = dots < 0 ? from : day(value.substring(dots + 2));
            if (to.isBefore(from)) {
                throw new TicketException("support.search.error.range-backwards", field, value);
            }
            return new TicketQuery.Range(
                    indexField,
                    from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant(),
                    negated);
        } catch (DateTimeParseException unreadable) {
            throw new TicketException("support.search.error.date", field, value);
        }
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text.strip());
    }

    private static <E extends Enum<E>> String constant(Class<E> type, String field, String value) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .map(Enum::name)
                .orElseThrow(() -> new TicketException(
                        "support.search.error.value-unknown",
                        field,
                        value,
                        String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants())
                                        .map(e -> e.name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'))
                                        .toList())));
    }

    private static TicketQuery.Values values(String field, Object value, boolean negated) {
        return new TicketQuery.Values(field, List.of(value), negated);
    }

    private static TicketException refused(String field, String value) {
        return new TicketException("support.search.error.value-none", field, value);
    }

    private static String unquote(String value) {
        String plain = value.strip();
        if (plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")) {
            return plain.substring(1, plain.length() - 1).strip();
        }
        return plain;
    }

    /** Splits at spaces outside quotes; quotes stay in the tokens. */
    static List<String> tokens(String typed) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
