package app.cairn.support;

import java.time.Instant;

/**
 * One row of the inbox.
 *
 * @param customerName the customer's name (or address) as the list shows it
 * @param assigneeName the assignee's display name, or null
 * @param groupName the group's name, or null
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
        Instant updatedAt) {}
