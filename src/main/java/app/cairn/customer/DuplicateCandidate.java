package app.cairn.customer;

import java.time.Instant;
import java.util.Set;

/**
 * Two live customers the duplicate scan found alike, waiting for a decision.
 *
 * @param a the customer with the lower id
 * @param b the other customer
 * @param score how sure the scan is, from 0 to 1, combining the reasons
 */
public record DuplicateCandidate(
        long id, CustomerSummary a, CustomerSummary b, Set<DuplicateReason> reasons, double score, Instant foundAt) {}
