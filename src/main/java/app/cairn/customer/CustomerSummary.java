package app.cairn.customer;

import java.time.Instant;

/** One row of the customer list. */
public record CustomerSummary(
        long id, String firstName, String lastName, String email, String country, String city, Instant signupAt) {

    /** First and last name, or the e-mail address when there is no name. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? (email == null ? "#" + id : email) : name;
    }
}
