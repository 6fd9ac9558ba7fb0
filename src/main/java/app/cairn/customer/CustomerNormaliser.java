package app.cairn.customer;

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

    /** Lower-case, trimmed e-mail address; null for blank. */
    public static String email(String email) {
        String value = blankToNull(email);
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
        String value = blankToNull(phone);
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
            throw new CustomerException("customer.error.country-invalid", country.strip());
        }
        return value;
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
        String value = blankToNull(name);
        if (value == null) {
            return null;
        }
        value = SPACES.matcher(value).replaceAll(" ");
        if (value.length() > 100) {
            throw new CustomerException("customer.error." + field + "-too-long", 100);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
