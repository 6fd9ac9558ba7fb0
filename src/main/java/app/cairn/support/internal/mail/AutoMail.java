package app.cairn.support.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Mail no person wrote, which must never open a ticket or be answered (or two systems would answer each other for
 * ever): auto-replies (RFC 3834 {@code Auto-Submitted}, {@code X-Autoreply}, {@code X-Autorespond}), bulk and list
 * mail ({@code Precedence}, {@code List-Id}), delivery reports and bounces, and mail from a support address itself.
 */
final class AutoMail {

    private static final Set<String> PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "no-reply", "noreply");

    private AutoMail() {}

    /** Why the message is not a person's, or empty when it is. */
    static Optional<String> reason(MimeMessage message, Set<String> ownAddresses) throws MessagingException {
        String submitted = header(message, "Auto-Submitted");
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("auto-submitted: " + submitted.strip());
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return Optional.of("auto-reply");
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("precedence: " + precedence.strip());
        }
        if (header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null) {
            return Optional.of("mailing list");
        }
        String type =
                message.getContentType() == null ? "" : message.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report")) {
            return Optional.of("delivery report");
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return Optional.of("bounce (empty return path)");
        }
        InternetAddress from = MailParts.from(message);
        if (from == null) {
            return Optional.of("no sender");
        }
        String address = from.getAddress().toLowerCase(Locale.ROOT);
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (DAEMONS.contains(local)) {
            return Optional.of("sent by " + local);
        }
        if (ownAddresses.contains(address)) {
            return Optional.of("sent from a support address");
        }
        return Optional.empty();
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, ",");
    }
}
