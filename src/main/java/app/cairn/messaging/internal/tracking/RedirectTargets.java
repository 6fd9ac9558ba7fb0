package app.cairn.messaging.internal.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A click link's target as a redirect address. Templates hold addresses as people type them, with spaces, braces,
 * bars, backslashes or letters beyond ASCII, which a {@code Location} header cannot carry: those characters are
 * percent-encoded (UTF-8) and everything already encoded is kept, so the browser lands where the link said. A
 * target that is still no web address with a host is no redirect at all.
 *
 * <p>Written here rather than with Spring's {@code UriComponentsBuilder}, which would encode the {@code %} of an
 * address that is already encoded a second time.
 */
final class RedirectTargets {

    private static final String UNSAFE = " \"<>\\^`{|}";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private RedirectTargets() {}

    /** The address to redirect to, or empty when the target cannot be one. */
    static Optional<URI> location(String target) {
        String text = target == null ? "" : target.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(encode(text));
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '%' && !escaped(text, i)) {
                out.append("%25");
            } else if (c <= 0x20 || c >= 0x7f || UNSAFE.indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            } else {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out.toString();
    }

    /** Whether the {@code %} at {@code at} starts an escape such as {@code %2F}. */
    private static boolean escaped(String text, int at) {
        return at + 2 < text.length()
                && HexFormat.isHexDigit(text.charAt(at + 1))
                && HexFormat.isHexDigit(text.charAt(at + 2));
    }
}
