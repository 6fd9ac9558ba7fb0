package app.cairn.support;

import app.cairn.textanalysis.Intent;
import java.time.Instant;

/**
 * The customer's opening message of a ticket has been read (after {@link TicketOpened}; routing rules have been
 * applied). Self-service answers from it.
 *
 * @param ticketNumber the ticket
 * @param customerId its customer
 * @param channel where it came from
 * @param intent what the message asks for
 * @param confidence the model's probability of that intent
 * @param language the message's language (ISO 639-1)
 * @param text the subject and the message as read
 * @param at when it was read
 */
public record TicketRead(
        long ticketNumber,
        long customerId,
        TicketChannel channel,
        Intent intent,
        double confidence,
        String language,
        String text,
        Instant at) {}
