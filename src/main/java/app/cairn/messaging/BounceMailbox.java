package app.cairn.messaging;

/**
 * The IMAP mailbox that bounce messages (delivery status notifications) arrive in.
 *
 * @param host null or blank: no mailbox is read
 * @param password null when unchanged (on saving) or not set
 */
public record BounceMailbox(
        String host, int port, MailSecurity security, String username, String password, String folder) {

    /** Whether a mailbox is set up. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
