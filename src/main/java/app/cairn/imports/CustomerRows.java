package app.cairn.imports;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerNormaliser;
import app.cairn.customer.CustomerRecord;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads a customer from a row: values by the mapping, normalised by the customer module's rules. */
final class CustomerRows {

    private CustomerRows() {}

    /** The customer in normal form, or null when the row has errors (they are in the row's problems). */
    static CustomerRecord read(RowValues row, LocalDate today) {
        if (row.text(ImportField.EMAIL) == null && row.text(ImportField.EXTERNAL_ID) == null) {
            row.error(ImportField.EMAIL, null, "import.problem.customer-key");
        }
        LocalDate birthday = row.date(ImportField.BIRTHDAY);
        if (birthday != null && birthday.isAfter(today)) {
            row.error(ImportField.BIRTHDAY, birthday.toString(), "import.problem.birthday-future");
        } else if (birthday != null && birthday.isBefore(today.minusYears(120))) {
            row.warning(ImportField.BIRTHDAY, birthday.toString(), "import.problem.birthday-old");
        }
        var signup = row.instant(ImportField.SIGNUP_AT);
        Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
        Boolean email = row.flag(ImportField.CONSENT_EMAIL);
        Boolean sms = row.flag(ImportField.CONSENT_SMS);
        if (email != null) {
            consents.put(ConsentChannel.EMAIL, email);
        }
        if (sms != null) {
            consents.put(ConsentChannel.SMS, sms);
        }
        Set<String> tags = new LinkedHashSet<>();
        String tagText = row.text(ImportField.TAGS);
        if (tagText != null) {
            Arrays.stream(tagText.split("[;|,]"))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .forEach(tags::add);
        }
        if (row.hasErrors()) {
            return null;
        }
        CustomerRecord record = new CustomerRecord(
                row.text(ImportField.EXTERNAL_ID),
                new CustomerDetails(
                        row.text(ImportField.EMAIL),
                        row.text(ImportField.FIRST_NAME),
                        row.text(ImportField.LAST_NAME),
                        row.text(ImportField.PHONE),
                        row.text(ImportField.COUNTRY),
                        row.text(ImportField.CITY),
                        row.text(ImportField.TIME_ZONE),
                        row.text(ImportField.LANGUAGE),
                        birthday),
                signup,
                row.text(ImportField.SOURCE) == null ? "import" : row.text(ImportField.SOURCE),
                tags,
                row.attributes(),
                consents);
        try {
            return CustomerNormaliser.record(record);
        } catch (CustomerException refused) {
            row.refused(refused);
            return null;
        }
    }
}
