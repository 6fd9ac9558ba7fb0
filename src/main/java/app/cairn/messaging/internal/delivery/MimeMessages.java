package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.ComposedEmail;
import app.cairn.messaging.SenderIdentity;
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

    public static MimeMessage build(
            Session session, long messageId, SenderIdentity sender, String to, ComposedEmail email, Instant date)
            throws MessagingException {
        String domain = sender.fromAddress().substring(sender.fromAddress().indexOf('@') + 1);
        String messageIdHeader = "<cairn." + messageId + "@" + domain + ">";
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
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
