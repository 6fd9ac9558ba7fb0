package app.cairn.imports;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerNormaliser;
import app.cairn.customer.CustomerRecord;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a customer from a row: values by the mapping, normalised by the customer module's rules. */
final class CustomerRows {

    /** The column each part of a customer record comes from. */
    private static final Map<CustomerNormaliser.RecordPart, ImportField> FIELDS = Map.ofEntries(
            Map.entry(CustomerNormaliser.RecordPart.EMAIL, ImportField.EMAIL),
            Map.entry(CustomerNormaliser.RecordPart.FIRST_NAME, ImportField.FIRST_NAME),
            Map.entry(CustomerNormaliser.RecordPart.LAST_NAME, ImportField.LAST_NAME),
            Map.entry(CustomerNormaliser.RecordPart.PHONE, ImportField.PHONE),
            Map.entry(CustomerNormaliser.RecordPart.COUNTRY, ImportField.COUNTRY),
            Map.entry(CustomerNormaliser.RecordPart.CITY, ImportField.CITY),
            Map.entry(CustomerNormaliser.RecordPart.TIME_ZONE, ImportField.TIME_ZONE),
            Map.entry(CustomerNormaliser.RecordPart.LANGUAGE, ImportField.LANGUAGE),
            Map.entry(CustomerNormaliser.RecordPart.EXTERNAL_ID, ImportField.EXTERNAL_ID),
            Map.entry(CustomerNormaliser.RecordPart.TAGS, ImportField.TAGS),
            Map.entry(CustomerNormaliser.RecordPart.SOURCE, ImportField.SOURCE));

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
        List<CustomerNormaliser.FieldProblem> problems = CustomerNormaliser.problems(record);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> row.refused(FIELDS.get(problem.part()), problem.problem()));
            return null;
        }
        return CustomerNormaliser.record(record);
    }
}
