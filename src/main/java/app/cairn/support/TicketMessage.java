package app.cairn.support;

import java.time.Instant;

/**
 * One message of a ticket's conversation.
 *
 * @param authorStaffId the staff member who wrote it, or null
 * @param text the text as written (for e-mail, with the quoted history)
 * @param html the cleaned HTML, or null for plain text
 * @param shownText the text without quoted history, or null when it is the whole text
 */
public record TicketMessage(
        long id,
        long ticketNumber,
        MessageKind kind,
        AuthorType authorType,
        Long authorStaffId,
        TicketChannel channel,
        String text,
        String html,
        String shownText,
        Instant createdAt) {

    /** What the conversation shows by default: the text without quoted history. */
    public String displayText() {
        return shownText == null ? text : shownText;
    }

    /** Whether there is quoted history to show on request. */
    public boolean hasQuotedHistory() {
        return shownText != null && !shownText.equals(text);
    }
}
