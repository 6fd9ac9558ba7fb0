package app.cairn.support;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import java.time.Instant;

/**
 * One row of the inbox.
 *
 * @param customerName the customer's name (or address) as the list shows it
 * @param assigneeName the assignee's display name, or null
 * @param groupName the group's name, or null
 * @param intent the ticket's intent, or null until its first message is read
 * @param sentiment the sentiment of the customer's latest message, or null until read
 */
public record TicketRow(
        long number,
        String subject,
        long customerId,
        String customerName,
        TicketStatus status,
        TicketPriority priority,
        TicketChannel channel,
        String assigneeName,
        String groupName,
        Instant createdAt,
        Instant updatedAt,
        Intent intent,
        Sentiment sentiment) {}
