package app.cairn.support;

import java.time.Instant;
import java.util.Set;

/**
 * A ticket as staff see it. Its number is its id.
 *
 * @param groupId the group it is routed to, or null
 * @param assigneeId the staff member working it, or null
 * @param orderNumber the order it is about, or null
 * @param firstResponseAt when staff first replied in public, or null
 * @param solvedAt when it was last solved, or null
 * @param messages replies and notes so far
 * @param version raised by every change: a page holding an older one knows someone changed the ticket since
 */
public record Ticket(
        long number,
        String subject,
        long customerId,
        TicketChannel channel,
        TicketStatus status,
        TicketPriority priority,
        TicketType type,
        Long groupId,
        Long assigneeId,
        String orderNumber,
        Set<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant firstResponseAt,
        Instant solvedAt,
        int messages,
        long version) {}
