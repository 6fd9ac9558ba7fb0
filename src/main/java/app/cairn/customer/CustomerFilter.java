package app.cairn.customer;

import java.time.LocalDate;

/**
 * What the customer list shows. Every part is optional (null or blank: no restriction).
 *
 * @param text words that must each match a name, the e-mail address or the city (each also as a prefix), an
 *     address or domain, or the end of a phone number; searched in the customer index
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
