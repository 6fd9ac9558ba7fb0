package app.cairn.support.internal.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What support reads from a message: sender, Message-IDs it refers to, and its text and HTML bodies. */
final class MailParts {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    private MailParts() {}

    /** The sender, or null when none can be read. */
    static InternetAddress from(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (jakarta.mail.internet.AddressException unreadable) {
            return null;
        }
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
    }

    /** The Message-IDs named in In-Reply-To and References, with their angle brackets. */
    static List<String> referred(MimeMessage message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String value = message.getHeader(header, " ");
            if (value != null) {
                Matcher m = ID.matcher(value);
                while (m.find()) {
                    ids.add(m.group());
                }
            }
        }
        return ids;
    }

    /** The message's text and HTML bodies (either may be null), attachments left out. */
    record Bodies(String text, String html) {}

    static Bodies bodies(Part part) throws MessagingException, IOException {
        String[] found = new String[2];
        collect(part, found);
        return new Bodies(found[0], found[1]);
    }

    private static void collect(Part part, String[] found) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && found[0] == null) {
            found[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && found[1] == null) {
            found[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        } else if (part.isMimeType("message/rfc822")) {
            // a forwarded message is an attachment here
        }
    }
}
