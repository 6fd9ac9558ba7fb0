package app.cairn.customer;

import java.util.Set;
import java.util.function.Function;

/** A profile field whose value a merge may take from either customer. */
public enum MergeField {
    EMAIL("customer.field.email", CustomerProfile::email),
    FIRST_NAME("customer.field.first-name", CustomerProfile::firstName),
    LAST_NAME("customer.field.last-name", CustomerProfile::lastName),
    PHONE("customer.field.phone", CustomerProfile::phone),
    COUNTRY("customer.field.country", CustomerProfile::country),
    CITY("customer.field.city", CustomerProfile::city),
    TIME_ZONE("customer.field.time-zone", CustomerProfile::timeZone),
    LANGUAGE("customer.field.language", CustomerProfile::language),
    BIRTHDAY(
            "customer.field.birthday",
            p -> p.birthday() == null ? null : p.birthday().toString()),
    EXTERNAL_ID("customer.field.external-id", CustomerProfile::externalId);

    private final String labelKey;
    private final Function<CustomerProfile, String> value;

    MergeField(String labelKey, Function<CustomerProfile, String> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    /** Translation key of the field's label. */
    public String labelKey() {
        return labelKey;
    }

    /** The field's value in a profile, as text; null when empty. */
    public String valueOf(CustomerProfile profile) {
        return value.apply(profile);
    }

    /** The details of {@code kept} with the fields in {@code fromOther} taken from {@code other}. */
    static CustomerDetails combine(CustomerDetails kept, CustomerDetails other, Set<MergeField> fromOther) {
        return new CustomerDetails(
                (fromOther.contains(EMAIL) ? other : kept).email(),
                (fromOther.contains(FIRST_NAME) ? other : kept).firstName(),
                (fromOther.contains(LAST_NAME) ? other : kept).lastName(),
                (fromOther.contains(PHONE) ? other : kept).phone(),
                (fromOther.contains(COUNTRY) ? other : kept).country(),
                (fromOther.contains(CITY) ? other : kept).city(),
                (fromOther.contains(TIME_ZONE) ? other : kept).timeZone(),
                (fromOther.contains(LANGUAGE) ? other : kept).language(),
                (fromOther.contains(BIRTHDAY) ? other : kept).birthday());
    }
}
