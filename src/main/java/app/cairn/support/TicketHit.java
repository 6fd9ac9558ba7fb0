package app.cairn.support;

import java.time.Instant;
import java.util.List;

/**
 * A ticket found by a search.
 *
 * @param snippets the passages that matched, the matched words between {@code <mark>} and {@code </mark>} and
 *     everything else as plain text (to be shown escaped but for the marks); empty when only filters matched
 */
public record TicketHit(
        long number,
        String subject,
        TicketStatus status,
        TicketPriority priority,
        TicketChannel channel,
        Long groupId,
        Long assigneeId,
        long customerId,
        Instant createdAt,
        Instant updatedAt,
        List<String> snippets) {}
