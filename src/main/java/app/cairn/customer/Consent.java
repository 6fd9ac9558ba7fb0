package app.cairn.customer;

import java.time.Instant;

/**
 * A customer's consent for one channel as it stands (or stood, in the history).
 *
 * @param source where the consent came from, e.g. {@code signup-form}, {@code import}, {@code staff:anna}
 * @param changedBy the staff member who recorded it, or null when it came from the customer or a system
 */
public record Consent(
        ConsentChannel channel,
        boolean granted,
        Instant changedAt,
        String source,
        LegalBasis legalBasis,
        String changedBy) {}
