package app.cairn.customer;

import app.cairn.shared.StorableText;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings customer details into one form: trimmed, e-mail in lower case, phone in E.164 (libphonenumber),
 * country as an upper-case ISO code, zone and language checked. A value that cannot be read is refused with
 * a message naming the field, never stored half-right. Import and the API use the same rules.
 */
public final class CustomerNormaliser {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
    /** Attribute names follow the rule of tags, but keep their case. */
    private static final Pattern ATTRIBUTE = TAG;
    /** English country names, ISO alpha-3 codes and common aliases, upper case, to ISO alpha-2. */
    private static final java.util.Map<String, String> COUNTRY_NAMES = countryNames();

    private CustomerNormaliser() {}

    /**
     * The details in normal form.
     *
     * @throws CustomerException naming the first field that cannot be read
     */
    public static CustomerDetails normalise(CustomerDetails details) {
        String country = country(details.country());
        return new CustomerDetails(
                email(details.email()),
                name(details.firstName(), "first-name"),
                name(details.lastName(), "last-name"),
                phone(details.phone(), country),
                country,
                name(details.city(), "city"),
                timeZone(details.timeZone()),
                language(details.language()),
                details.birthday());
    }

    /** One value of a record that cannot be read: which part, and why. */
    public record FieldProblem(RecordPart part, CustomerException problem) {}

    /** The parts of a record a problem can be about. */
    public enum RecordPart {
        EMAIL,
        FIRST_NAME,
        LAST_NAME,
        PHONE,
        COUNTRY,
        CITY,
        TIME_ZONE,
        LANGUAGE,
        EXTERNAL_ID,
        TAGS,
        ATTRIBUTES,
        SOURCE
    }

    /**
     * Every value of the record that {@link #record} would refuse, each with its part, where {@link #record} stops at
     * the first (an importer reports them all). Empty when the record can be normalised.
     */
    public static java.util.List<FieldProblem> problems(CustomerRecord record) {
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        CustomerDetails d = record.details();
        check(problems, RecordPart.EMAIL, () -> email(d.email()));
        check(problems, RecordPart.FIRST_NAME, () -> name(d.firstName(), "first-name"));
        check(problems, RecordPart.LAST_NAME, () -> name(d.lastName(), "last-name"));
        String country = null;
        try {
            country = country(d.country());
        } catch (CustomerException refused) {
            problems.add(new FieldProblem(RecordPart.COUNTRY, refused));
        }
        String known = country;
        check(problems, RecordPart.PHONE, () -> phone(d.phone(), known));
        check(problems, RecordPart.CITY, () -> name(d.city(), "city"));
        check(problems, RecordPart.TIME_ZONE, () -> timeZone(d.timeZone()));
        check(problems, RecordPart.LANGUAGE, () -> language(d.language()));
        for (String tag : record.tags()) {
            check(problems, RecordPart.TAGS, () -> tag(tag));
        }
        if (problems.isEmpty()) {
            try {
                record(record);
            } catch (CustomerException refused) {
                String key = refused.messageKey();
                problems.add(new FieldProblem(
                        key.contains("external-id")
                                ? RecordPart.EXTERNAL_ID
                                : key.contains("source")
                                        ? RecordPart.SOURCE
                                        : key.contains("key-required") ? RecordPart.EMAIL : RecordPart.ATTRIBUTES,
                        refused));
            }
        }
        return problems;
    }

    private static void check(java.util.List<FieldProblem> problems, RecordPart part, Runnable normalise) {
        try {
            normalise.run();
        } catch (CustomerException refused) {
            problems.add(new FieldProblem(part, refused));
        }
    }

    /**
     * A bulk record in normal form: details as {@link #normalise}, tags in lower case, keys and texts trimmed.
     *
     * @throws CustomerException naming the first value that cannot be read
     */
    public static CustomerRecord record(CustomerRecord record) {
        CustomerDetails details = normalise(record.details());
        String externalId = storable(blankToNull(record.externalId()), "external-id");
        if (externalId != null && externalId.length() > 64) {
            throw new CustomerException("customer.error.external-id-too-long", 64);
        }
        if (details.email() == null && externalId == null) {
            throw new CustomerException("customer.error.key-required");
        }
        java.util.Set<String> tags = new java.util.LinkedHashSet<>();
        for (String tag : record.tags()) {
            tags.add(tag(tag));
        }
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        record.attributes().forEach((name, value) -> {
            String key = attributeName(name);
            String text = storable(blankToNull(value), "attributes");
            if (text != null && text.length() > 1000) {
                throw new CustomerException("customer.error.attribute-too-long", key, 1000);
            }
            if (text != null) {
                attributes.put(key, text);
            }
        });
        String source = storable(blankToNull(record.source()), "source");
        if (source != null && source.length() > 64) {
            throw new CustomerException("customer.error.source-too-long", 64);
        }
        return new CustomerRecord(externalId, details, record.signupAt(), source, tags, attributes, record.consents());
    }

    /**
     * A tag in normal form: trimmed, lower case; letters, digits, space, dot, dash and underscore, at most 64.
     *
     * @throws CustomerException when the tag has other characters or is too long
     */
    public static String tag(String tag) {
        String normal = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (!TAG.matcher(normal).matches()) {
            throw new CustomerException("customer.error.tag-invalid", String.valueOf(tag));
        }
        return normal;
    }

    /** A custom attribute's name, trimmed; refused unless letters, digits, dots, dashes or underscores. */
    public static String attributeName(String name) {
        String key = blankToNull(name);
        if (key == null || !ATTRIBUTE.matcher(key).matches()) {
            throw new CustomerException("customer.error.attribute-name-invalid", String.valueOf(name));
        }
        return key;
    }

    /** Lower-case, trimmed e-mail address; null for blank. */
    public static String email(String email) {
        String value = storable(blankToNull(email), "email");
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new CustomerException("customer.error.email-invalid", email.strip());
        }
        return value;
    }

    /** The number in E.164 (e.g. {@code +8613812345678}); national numbers are read in the customer's country. */
    public static String phone(String phone, String country) {
        String value = storable(blankToNull(phone), "phone");
        if (value == null) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(value, country == null ? "ZZ" : country);
            if (!PHONES.isValidNumber(number)) {
                throw new CustomerException("customer.error.phone-invalid", value);
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException unreadable) {
            throw new CustomerException("customer.error.phone-invalid", value);
        }
    }

    /** Upper-case ISO 3166-1 alpha-2 code; null for blank. */
    public static String country(String country) {
        String value = blankToNull(country);
        if (value == null) {
            return null;
        }
        value = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(value)) {
            value = COUNTRY_NAMES.getOrDefault(value, value);
        }
        if (!COUNTRIES.contains(value)) {
            throw new CustomerException("customer.error.country-invalid", country.strip());
        }
        return value;
    }

    private static java.util.Map<String, String> countryNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String code : COUNTRIES) {
            Locale country = new Locale.Builder().setRegion(code).build();
            names.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
            try {
                names.put(country.getISO3Country(), code);
            } catch (java.util.MissingResourceException noAlpha3) {
                // a few codes have no alpha-3 form
            }
        }
        names.putAll(java.util.Map.of(
                "UK",
                "GB",
                "GREAT BRITAIN",
                "GB",
                "ENGLAND",
                "GB",
                "EIRE",
                "IE",
                "USA",
                "US",
                "UNITED STATES OF AMERICA",
                "US",
                "HOLLAND",
                "NL",
                "RSA",
                "ZA"));
        return java.util.Map.copyOf(names);
    }

    private static String timeZone(String zone) {
        String value = blankToNull(zone);
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException unknown) {
            throw new CustomerException("customer.error.time-zone-invalid", value);
        }
    }

    private static String language(String language) {
        String value = blankToNull(language);
        if (value == null) {
            return null;
        }
        try {
            return new Locale.Builder()
                    .setLanguageTag(value.replace('_', '-'))
                    .build()
                    .toLanguageTag();
        } catch (IllformedLocaleException unknown) {
            throw new CustomerException("customer.error.language-invalid", value);
        }
    }

    private static String name(String name, String field) {
        String value = storable(blankToNull(name), field);
        if (value == null) {
            return null;
        }
        value = SPACES.matcher(value).replaceAll(" ");
        if (value.length() > 100) {
            throw new CustomerException("customer.error." + field + "-too-long", 100);
        }
        return value;
    }

    /** Refuses text holding a NUL character or a lone surrogate, naming the field ({@code customer.field.*}). */
    private static String storable(String value, String field) {
        if (!StorableText.storable(value)) {
            throw new CustomerException(
                    "shared.error.text-unstorable", new StorableText.Translatable("customer.field." + field));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
