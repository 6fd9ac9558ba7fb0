package app.cairn.returns;

import java.time.Instant;

/**
 * One step of a return's status flow.
 *
 * @param from the status before, or null for the request itself
 * @param by who made the change, as the ticket history names people
 */
public record ReturnChange(ReturnStatus from, ReturnStatus to, String by, Instant at) {}
