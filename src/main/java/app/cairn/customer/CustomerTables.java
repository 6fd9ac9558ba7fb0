package app.cairn.customer;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The customer tables as other modules' SQL may read them (segment rules compile against these), each with its
 * alias: a change to these tables is made here, with the module that writes them, not in the readers.
 */
public final class CustomerTables {

    /** The customers, as {@code c}. */
    public static final Table<?> CUSTOMERS = table(name("customer")).as("c");
    /** A customer's id. */
    public static final Field<Long> ID = field(name("c", "id"), Long.class);
    /** Set on a customer merged into another: only customers without it are live. */
    public static final Field<Long> MERGED_INTO = field(name("c", "merged_into_id"), Long.class);
    /** The birthday, a day without a year's time. */
    public static final Field<LocalDate> BIRTHDAY = field(name("c", "birthday"), LocalDate.class);
    /** When the customer signed up (UTC). */
    public static final Field<LocalDateTime> SIGNED_UP = field(name("c", "signup_at"), LocalDateTime.class);

    /** The profile's text fields by their name in the API and in rules, such as {@code first_name}. */
    private static final Map<String, Field<String>> TEXT = Map.of(
            "first_name", column("first_name"),
            "last_name", column("last_name"),
            "email", column("email"),
            "phone", column("phone"),
            "country", column("country"),
            "city", column("city"),
            "language", column("language"),
            "time_zone", column("time_zone"),
            "source", column("source"));

    /** Tags, as {@code t}. */
    public static final Table<?> TAGS = table(name("customer_tag")).as("t");

    public static final Field<Long> TAG_CUSTOMER = field(name("t", "customer_id"), Long.class);
    public static final Field<String> TAG = field(name("t", "tag"), String.class);

    /** Custom attributes, as {@code a}. */
    public static final Table<?> ATTRIBUTES = table(name("customer_attribute")).as("a");

    public static final Field<Long> ATTRIBUTE_CUSTOMER = field(name("a", "customer_id"), Long.class);
    public static final Field<String> ATTRIBUTE_NAME = field(name("a", "name"), String.class);
    public static final Field<String> ATTRIBUTE_VALUE = field(name("a", "value"), String.class);

    /** Consent per channel as it stands, as {@code k}. */
    public static final Table<?> CONSENTS = table(name("customer_consent")).as("k");

    public static final Field<Long> CONSENT_CUSTOMER = field(name("k", "customer_id"), Long.class);
    public static final Field<String> CONSENT_CHANNEL = field(name("k", "channel"), String.class);
    public static final Field<Boolean> CONSENT_GRANTED = field(name("k", "granted"), Boolean.class);

    private CustomerTables() {}

    /**
     * A text field of the profile by its name ({@code first_name}, {@code email}, {@code country} …).
     *
     * @throws IllegalArgumentException for a name that is not a profile text field
     */
    public static Field<String> text(String fieldName) {
        Field<String> text = TEXT.get(fieldName);
        if (text == null) {
            throw new IllegalArgumentException("not a profile text field: " + fieldName);
        }
        return text;
    }

    private static Field<String> column(String column) {
        return field(name("c", column), String.class);
    }
}
