package app.cairn.messaging;

/**
 * The SMTP server every message leaves through.
 *
 * @param username null or blank: no authentication
 * @param password null when unchanged (on saving) or not set
 * @param ratePerSecond the most messages one app node sends per second; 0 for no limit
 */
public record SmtpSettings(
        String host, int port, MailSecurity security, String username, String password, int ratePerSecond) {

    /** Whether the server wants a user name and password. */
    public boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
