package app.cairn.ingest;

import app.cairn.shared.StorableText;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON object into a request record field by field, so that every field at fault is reported at once with
 * its name and the value sent (a bad date, a wrong type, an unknown enum value, a field the endpoint does not take),
 * and so that the caller knows which fields were sent: a field left out is not the same as one sent as {@code null}.
 */
@Component
class JsonFields {

    /** The years a date or moment sent may fall in: year 0 or 10000 is a mistake, not a date to keep. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    private final JsonMapper strict;

    JsonFields(JsonMapper json) {
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** A request as read, with the names of the fields the body held. */
    record Read<R>(R value, Set<String> sent) {

        /** Whether the body held this field (possibly as {@code null}). */
        boolean has(String field) {
            return sent.contains(field);
        }

        /** The sent value when the field was sent, else the current one: a partial update keeps what was not sent. */
        <T> T merged(String field, T sent, T current) {
            return has(field) ? sent : current;
        }
    }

    /**
     * Reads {@code body} into a {@code type} record.
     *
     * @throws ApiProblem 422 naming every unknown field and every value that cannot be read as its field's type
     */
    <R extends Record> Read<R> read(JsonNode body, Class<R> type) {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(
                    422,
                    "The body must be a JSON object.",
                    List.of(new FieldError("body", "not-an-object", "Send a JSON object such as {\"email\": …}.")));
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> sent = new LinkedHashSet<>(body.propertyNames());
        List<FieldError> errors = new ArrayList<>();
        for (String field : sent) {
            if (!known.contains(field)) {
                errors.add(unknown(field, known));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String field = components[i].getName();
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            String badText = badText(field, value);
            if (badText != null) {
                errors.add(new FieldError(
                        badText,
                        "invalid-text",
                        "The text holds a NUL character or half of a character (a lone surrogate); send it as"
                                + " written, without control bytes."));
                continue;
            }
            try {
                values[i] = strict.treeToValue(
                        value, strict.getTypeFactory().constructType(components[i].getGenericType()));
                if (!plausible(values[i])) {
                    errors.add(new FieldError(
                            field,
                            "out-of-range",
                            abbreviate(value.toString()) + " is not a date between " + FIRST_YEAR + " and " + LAST_YEAR
                                    + "; the database cannot keep it as sent."));
                }
            } catch (UnrecognizedPropertyException unknownInside) {
                errors.add(unknown(field + path(unknownInside), Set.of()));
            } catch (JacksonException unreadable) {
                errors.add(invalid(field, value, components[i].getType(), unreadable));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "Some fields cannot be read.", errors);
        }
        return new Read<>(construct(type, components, values), Set.copyOf(sent));
    }

    /**
     * The path of the first text inside the value that holds a NUL character or a lone UTF-16 surrogate (which a
     * database would change silently); null when there is none.
     */
    private static String badText(String path, JsonNode value) {
        if (value.isString()) {
            return StorableText.storable(value.stringValue()) ? null : path;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String bad = badText(path + "[" + i + "]", value.get(i));
                if (bad != null) {
                    return bad;
                }
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                String bad = badText(path + "." + property.getKey(), property.getValue());
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    /** Whether a date or moment falls in the years Cairn keeps (MySQL's DATETIME starts at year 1000). */
    private static boolean plausible(Object value) {
        int year;
        if (value instanceof java.time.Instant instant) {
            year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
        } else if (value instanceof java.time.LocalDate date) {
            year = date.getYear();
        } else if (value instanceof java.time.OffsetDateTime moment) {
            year = moment.getYear();
        } else {
            return true;
        }
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static FieldError unknown(String field, Set<String> known) {
        String hint = known.isEmpty()
                ? ""
                : " Fields it takes: " + known.stream().sorted().collect(Collectors.joining(", ")) + ".";
        return new FieldError(field, "unknown-field", "This endpoint takes no field '" + field + "'." + hint);
    }

    /** The part of a field's value at fault, as {@code [0].unitPrice} after the field's name. */
    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : error.getPath()) {
            if (step.getPropertyName() != null) {
                path.append('.').append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Names the part at fault (as {@code lines[0].unitPrice}), the value sent there and the type it must be. */
    private static FieldError invalid(String field, JsonNode value, Class<?> type, JacksonException error) {
        String inside = path(error);
        Class<?> expected = type;
        String sent = abbreviate(value.toString());
        if (!inside.isEmpty() && error instanceof MismatchedInputException mismatch) {
            expected = mismatch.getTargetType();
            JsonNode part = value.at(pointer(error));
            sent = part.isMissingNode() ? "the value" : abbreviate(part.toString());
        }
        String wanted = expected == null ? "the type this field takes" : expected(expected);
        return new FieldError(field + inside, "invalid", sent + " cannot be read as " + wanted + ".");
    }

    private static String pointer(JacksonException error) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference step : error.getPath()) {
            pointer.append('/').append(step.getPropertyName() != null ? step.getPropertyName() : step.getIndex());
        }
        return pointer.toString();
    }

    private static String expected(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Instant" -> "a date and time such as 2025-06-01T10:00:00Z";
            case "LocalDate" -> "a date such as 1990-04-23";
            case "BigDecimal" -> "a number such as 19.99";
            case "Integer", "Long", "int", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "text";
            case "List", "Set" -> "a JSON array";
            case "Map" -> "a JSON object";
            default -> "a " + type.getSimpleName();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), impossible);
        }
    }
}
