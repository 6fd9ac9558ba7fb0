package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.ComposedEmail;
import app.cairn.messaging.SenderIdentity;
import app.cairn.messaging.ServiceEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message: multipart/alternative with the plain-text and HTML parts, a Message-ID made from
 * the outbox id (so a bounce names the message it is about), and for marketing the {@code List-Unsubscribe}
 * and {@code List-Unsubscribe-Post} headers of RFC 8058 (one-click unsubscribe).
 */
public final class MimeMessages {

    /** Header naming the outbox message, for bounces that quote the headers but not the Message-ID. */
    public static final String MESSAGE_HEADER = "X-Cairn-Message";

    private MimeMessages() {}

    /** The Message-ID of the outbox message, with its angle brackets: made from its id and the sender's domain. */
    public static String messageId(long messageId, String fromAddress) {
        return "<cairn." + messageId + "@" + fromAddress.substring(fromAddress.indexOf('@') + 1) + ">";
    }

    /**
     * A service e-mail as written: plain text, with an HTML alternative when there is one; {@code In-Reply-To} and
     * {@code References} thread it; no unsubscribe headers.
     */
    public static MimeMessage buildService(Session session, long messageId, ServiceEmail email, Instant date)
            throws MessagingException {
        SenderIdentity sender = new SenderIdentity(0, email.fromName(), email.fromAddress(), email.replyTo());
        String html = email.html() == null
                ? null
                : "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + email.html() + "</body></html>";
        MimeMessage message = build(
                session,
                messageId,
                sender,
                email.to(),
                new ComposedEmail(email.subject(), null, html, email.text(), null),
                date);
        if (email.inReplyTo() != null) {
            message.setHeader("In-Reply-To", email.inReplyTo());
        }
        if (email.references() != null && !email.references().isEmpty()) {
            message.setHeader("References", String.join(" ", email.references()));
        }
        if (email.automatic()) {
            message.setHeader("Auto-Submitted", "auto-replied");
        }
        message.saveChanges();
        return message;
    }

    public static MimeMessage build(
            Session session, long messageId, SenderIdentity sender, String to, ComposedEmail email, Instant date)
            throws MessagingException {
        String messageIdHeader = messageId(messageId, sender.fromAddress());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageIdHeader);
            }
        };
        try {
            message.setFrom(new InternetAddress(sender.fromAddress(), sender.fromName(), "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (sender.replyTo() != null && !sender.replyTo().isBlank()) {
            message.setReplyTo(InternetAddress.parse(sender.replyTo()));
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(date));
        message.setHeader(MESSAGE_HEADER, Long.toString(messageId));
        if (email.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (email.html() == null) {
            message.setText(email.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }
}
