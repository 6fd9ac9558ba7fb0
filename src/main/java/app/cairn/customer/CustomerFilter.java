package app.cairn.customer;

import java.time.LocalDate;

/**
 * What the customer list shows. Every part is optional (null or blank: no restriction).
 *
 * @param text the start of an e-mail address, first name or last name
 * @param signedUpFrom first signup day, inclusive (UTC)
 * @param signedUpTo last signup day, inclusive (UTC)
 * @param consentedTo only customers who granted consent on this channel
 */
public record CustomerFilter(
        String text,
        String country,
        String tag,
        LocalDate signedUpFrom,
        LocalDate signedUpTo,
        ConsentChannel consentedTo) {

    /** No restriction. */
    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, null, null, null);
    }
}
