package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.MailSecurity;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Messaging's start-up settings ({@code cairn.messaging.*}); what admins change at run time lives in the database.
 *
 * @param publicUrl the address customers reach Cairn at: tracking, unsubscribe and preference links start with it
 * @param workers sender threads per app node (0: this node sends nothing)
 * @param batchSize messages a sender claims at a time; at most this many per sender can be in flight at a crash
 * @param lease how long a claimed message stays with its sender before another may take it over
 * @param smtp the SMTP server used until an admin sets one
 */
@ConfigurationProperties("cairn.messaging")
public record MessagingProperties(String publicUrl, int workers, int batchSize, Duration lease, DefaultSmtp smtp) {

    /** The first SMTP settings, from the environment. */
    public record DefaultSmtp(String host, int port, MailSecurity security, String username, String password) {}
}
