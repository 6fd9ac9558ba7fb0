package app.cairn.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Cairn knows about a customer's profile, for the customer page.
 *
 * @param externalId the shop's own customer number, if an import or the API gave one
 */
public record CustomerProfile(
        long id,
        String email,
        String firstName,
        String lastName,
        String phone,
        String country,
        String city,
        String timeZone,
        String language,
        LocalDate birthday,
        Instant signupAt,
        String source,
        Set<String> tags,
        Map<String, String> attributes,
        List<Consent> consents,
        String externalId) {

    /** First and last name, or the e-mail address when there is no name. */
    public String displayName() {
        return new CustomerSummary(id, firstName, lastName, email, country, city, signupAt).displayName();
    }

    /** The details a staff member can edit, as they are now. */
    public CustomerDetails details() {
        return new CustomerDetails(email, firstName, lastName, phone, country, city, timeZone, language, birthday);
    }
}
