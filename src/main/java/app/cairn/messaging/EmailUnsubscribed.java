package app.cairn.messaging;

import java.time.Instant;

/** A customer unsubscribed from all e-mail through a message's link (the customer's e-mail consent is withdrawn). */
public record EmailUnsubscribed(long messageId, long customerId, Instant at) {}
