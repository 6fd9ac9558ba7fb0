package app.cairn.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a ticket's messages, for its page.
 *
 * @param attachments each message's attachments, by message id
 * @param rawMessages the messages whose e-mail is kept as received
 */
public record TicketFiles(Map<Long, List<Attachment>> attachments, Set<Long> rawMessages) {

    public TicketFiles {
        attachments = Map.copyOf(attachments);
        rawMessages = Set.copyOf(rawMessages);
    }

    /** The address a signed-in staff member downloads an attachment from. */
    public static String attachmentPath(long attachmentId) {
        return "support/files/attachments/" + attachmentId;
    }

    /** The address a signed-in staff member downloads a message's e-mail as received from. */
    public static String rawPath(long messageId) {
        return "support/files/raw/" + messageId;
    }
}
