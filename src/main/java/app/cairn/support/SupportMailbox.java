package app.cairn.support;

import app.cairn.messaging.MailSecurity;
import java.time.Instant;

/**
 * A support mailbox: read over IMAP for new tickets and replies, and the address agents' replies come from.
 *
 * @param id null for one not saved yet
 * @param address the support address customers write to (replies are sent from it)
 * @param fromName the name replies are sent under, e.g. "Shop support"
 * @param password the IMAP password; null when saving keeps the one stored
 * @param groupId the group new tickets from it go to, or null
 * @param lastReadAt when it was last read, or null
 * @param lastError why the last reading failed, or null when it worked
 */
public record SupportMailbox(
        Long id,
        String address,
        String fromName,
        String host,
        int port,
        MailSecurity security,
        String username,
        String password,
        String folder,
        Long groupId,
        boolean enabled,
        Instant lastReadAt,
        String lastError) {}
