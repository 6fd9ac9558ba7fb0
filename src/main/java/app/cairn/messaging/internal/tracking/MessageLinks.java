package app.cairn.messaging.internal.tracking;

import app.cairn.messaging.internal.delivery.MessagingProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed addresses in one message: its open pixel, its tracked links, unsubscribe and preferences. */
@Component
public class MessageLinks {

    public static final String OPEN_PATH = "/email/o/";
    public static final String CLICK_PATH = "/email/c/";
    public static final String UNSUBSCRIBE_PATH = "/email/unsubscribe/";
    public static final String PREFERENCES_PATH = "/preferences/";
    private static final int DEFAULT_PORT = 8080;

    private final LinkSigner signer;
    private final String configured;
    private volatile int port = DEFAULT_PORT;

    public MessageLinks(LinkSigner signer, MessagingProperties properties) {
        this.signer = signer;
        String url =
                properties.publicUrl() == null ? "" : properties.publicUrl().strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Learns the port the server listens on, for links when no public address is set. */
    @org.springframework.context.event.EventListener
    public void on(org.springframework.boot.web.server.context.WebServerInitializedEvent started) {
        port = started.getWebServer().getPort();
    }

    /** The public address, or this server on localhost (at the port it listens on) when none is set. */
    private String base() {
        return configured.isEmpty() ? "http://localhost:" + port : configured;
    }

    public String open(long messageId) {
        return base() + OPEN_PATH + signer.sign(LinkSigner.Kind.OPEN, Long.toString(messageId));
    }

    /** A tracked address that records the click and then redirects to {@code target}. */
    public String click(long messageId, String target) {
        return base() + CLICK_PATH + signer.sign(LinkSigner.Kind.CLICK, messageId + "|" + target);
    }

    public String unsubscribe(long messageId) {
        return base() + UNSUBSCRIBE_PATH + signer.sign(LinkSigner.Kind.UNSUBSCRIBE, Long.toString(messageId));
    }

    public String preferences(long messageId) {
        return base() + PREFERENCES_PATH + signer.sign(LinkSigner.Kind.PREFERENCES, Long.toString(messageId));
    }

    /**
     * The message of a genuine token of this kind, and whether the link has outlived its kind's validity; empty
     * for a forged or altered token.
     */
    public Optional<LinkedMessage> messageOf(LinkSigner.Kind kind, String token) {
        return signer.verify(kind, token)
                .flatMap(signed -> number(signed.payload()).map(id -> new LinkedMessage(id, signed.expired())));
    }

    /** The message id and target of a genuine click token; empty for a forged or altered one. */
    public Optional<Click> clickOf(String token) {
        return signer.verify(LinkSigner.Kind.CLICK, token).flatMap(signed -> {
            String payload = signed.payload();
            int bar = payload.indexOf('|');
            return bar < 0
                    ? Optional.empty()
                    : number(payload.substring(0, bar))
                            .map(id -> new Click(id, payload.substring(bar + 1), signed.expired()));
        });
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The message a link belongs to, and whether the link has expired. */
    public record LinkedMessage(long messageId, boolean expired) {}

    /** A click's message, where it leads, and whether the link has expired (it still leads there, uncounted). */
    public record Click(long messageId, String target, boolean expired) {}
}
