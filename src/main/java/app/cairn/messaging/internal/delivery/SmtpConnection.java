package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.SmtpSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * One sender's connection to the SMTP server, kept open from message to message (opening one per message
 * would cost a handshake each) and opened again when the settings change or the server dropped it. Says for
 * each message whether the server took it, refused it for now (4xx), refused it for good (5xx) or could not be
 * reached at all.
 */
public final class SmtpConnection implements AutoCloseable {

    /** What became of one message. */
    public enum Outcome {
        SENT,
        TRANSIENT,
        PERMANENT,
        UNREACHABLE
    }

    /** The outcome with the server's words. */
    public record Result(Outcome outcome, String detail) {}

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String TIMEOUT_MS = "30000";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of the class path for every
        // body part it makes or writes (jakartaee/mail-api#699, #861), which took 40 % of a sender's time. Naming
        // the provider makes the lookup a class-name resolution. Angus Mail is the implementation on the class path.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private SmtpSettings settings;
    private long version = -1;
    private Session session;
    private Transport transport;

    /** The session messages are built in, for these settings. */
    public Session session(SmtpSettings current, long currentVersion) {
        if (currentVersion != version) {
            close();
            settings = current;
            version = currentVersion;
            session = Session.getInstance(properties(current));
        }
        return session;
    }

    /** Connects with these settings and disconnects; answers what went wrong, or empty when it worked. */
    public static java.util.Optional<String> check(SmtpSettings settings) {
        try (SmtpConnection connection = new SmtpConnection()) {
            connection.session(settings, 0);
            connection.connect();
            return java.util.Optional.empty();
        } catch (MessagingException | IllegalStateException failed) {
            return java.util.Optional.of(describe(failed));
        }
    }

    private void connect() throws MessagingException {
        close();
        transport = session.getTransport(settings.security() == MailSecurity.TLS ? "smtps" : "smtp");
        transport.connect(
                settings.host(),
                settings.port(),
                settings.authenticates() ? settings.username() : null,
                settings.authenticates() ? settings.password() : null);
    }

    public Result send(MimeMessage message) {
        try {
            if (transport == null || !transport.isConnected()) {
                connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
            return new Result(Outcome.SENT, null);
        } catch (SMTPSendFailedException refused) {
            return byCode(refused.getReturnCode(), refused);
        } catch (SendFailedException refused) {
            if (refused.getNextException() instanceof SMTPAddressFailedException address) {
                return byCode(address.getReturnCode(), address);
            }
            close();
            return new Result(Outcome.UNREACHABLE, describe(refused));
        } catch (MessagingException | IllegalStateException failed) {
            close();
            return new Result(Outcome.UNREACHABLE, describe(failed));
        }
    }

    private static Result byCode(int code, Exception refused) {
        Outcome outcome = code >= 500 && code < 600 ? Outcome.PERMANENT : Outcome.TRANSIENT;
        String reply = describe(refused);
        return new Result(outcome, reply.startsWith(Integer.toString(code)) ? reply : code + " " + reply);
    }

    private static String describe(Exception failed) {
        String message = failed.getMessage();
        Throwable cause = failed.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = message + ": " + cause.getMessage();
        }
        return message == null ? failed.getClass().getSimpleName() : message.strip();
    }

    private static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        String protocol = settings.security() == MailSecurity.TLS ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".auth", Boolean.toString(settings.authenticates()));
        if (settings.security() == MailSecurity.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailSecurity.NONE) {
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return props;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
