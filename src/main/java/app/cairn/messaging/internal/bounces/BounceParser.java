package app.cairn.messaging.internal.bounces;

import app.cairn.messaging.internal.delivery.MimeMessages;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bounce message: a delivery status notification (RFC 3464, {@code multipart/report}) or a plain-text
 * bounce that quotes the original message. The outbox message it is about is found by the
 * {@code X-Cairn-Message} header or the {@code Message-ID} Cairn gave it, in the quoted headers; the status
 * code says whether the failure is permanent (5.x.x) or only a delay (4.x.x).
 */
public final class BounceParser {

    /** A bounce of an outbox message; {@code recipient} may be null when the report does not say. */
    public record Bounce(long messageId, String recipient, String status, boolean permanent) {}

    private static final Pattern CAIRN_HEADER = Pattern.compile("(?im)^" + MimeMessages.MESSAGE_HEADER + ":\\s*(\\d+)");
    private static final Pattern CAIRN_ID = Pattern.compile("<cairn\\.(\\d+)@");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([245]\\.\\d{1,3}\\.\\d{1,3})");
    private static final Pattern ACTION = Pattern.compile("(?im)^Action:\\s*(\\S+)");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^(?:Final|Original)-Recipient:\\s*[^;]*;\\s*(\\S+)");
    private static final Pattern SMTP_CODE = Pattern.compile("\\b([45])\\d\\d[ -]([45]\\.\\d{1,3}\\.\\d{1,3})?");
    private static final int MAX_TEXT = 256 * 1024;

    private BounceParser() {}

    /** The bounce the message reports, or empty when it is not one about a Cairn message. */
    public static Optional<Bounce> parse(Part message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        collect(message, text);
        Matcher header = CAIRN_HEADER.matcher(text);
        Matcher id = CAIRN_ID.matcher(text);
        Long messageId = header.find() ? Long.valueOf(header.group(1)) : id.find() ? Long.valueOf(id.group(1)) : null;
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher status = STATUS.matcher(text);
        Matcher action = ACTION.matcher(text);
        Matcher recipient = RECIPIENT.matcher(text);
        String code;
        boolean permanent;
        if (status.find()) {
            code = status.group(1);
            permanent = code.startsWith("5");
        } else {
            Matcher smtp = SMTP_CODE.matcher(text);
            code = smtp.find() ? smtp.group() : "";
            permanent =
                    code.startsWith("5") || (action.find() && action.group(1).equalsIgnoreCase("failed"));
        }
        return Optional.of(
                new Bounce(messageId, recipient.find() ? recipient.group(1) : null, code.strip(), permanent));
    }

    /** Every text-like part (reports, quoted headers, quoted messages), in order, up to {@value #MAX_TEXT} chars. */
    private static void collect(Part part, StringBuilder text) throws MessagingException, IOException {
        if (text.length() > MAX_TEXT) {
            return;
        }
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text);
            }
        } else if (content instanceof Part nested) {
            appendHeaders(nested, text);
            collect(nested, text);
        } else if (content instanceof String string) {
            text.append(string).append('\n');
        } else if (content instanceof InputStream stream) {
            text.append(read(stream)).append('\n');
        }
    }

    private static void appendHeaders(Part part, StringBuilder text) throws MessagingException {
        var headers = part.getAllHeaders();
        while (headers.hasMoreElements()) {
            var header = headers.nextElement();
            text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
        }
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
