package app.cairn.support.internal.mail;

import app.cairn.support.internal.files.AttachmentIntake;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * The files that came with the message: parts sent as attachments, and inline parts with a file name that are
     * not the text. A file is read up to {@code keepUpTo} bytes; past that only its size is counted.
     */
    static List<AttachmentIntake.Incoming> files(Part part, long keepUpTo) throws MessagingException, IOException {
        List<AttachmentIntake.Incoming> found = new ArrayList<>();
        files(part, keepUpTo, found);
        return found;
    }

    private static void files(Part part, long keepUpTo, List<AttachmentIntake.Incoming> found)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                files(multipart.getBodyPart(i), keepUpTo, found);
            }
            return;
        }
        String name = part.getFileName();
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attached && (name == null || part.isMimeType("text/*"))) {
            return;
        }
        String type = part.getContentType() == null
                ? "application/octet-stream"
                : part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = part.getInputStream()) {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, keepUpTo + 1));
            long size = head.length;
            if (head.length > keepUpTo) {
                size += in.transferTo(java.io.OutputStream.nullOutputStream());
                head = null;
            }
            found.add(new AttachmentIntake.Incoming(fileName(name), type, size, head));
        }
    }

    /** A file name fit to show and save: decoded, without folders or control characters, at most 255 long. */
    static String fileName(String raw) {
        String name = raw;
        if (name != null) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException undecodable) {
                // keep it as it came
            }
            name = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        }
        if (name == null || name.isEmpty()) {
            return "attachment";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
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
