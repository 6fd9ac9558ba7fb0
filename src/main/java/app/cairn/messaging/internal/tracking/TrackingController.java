package app.cairn.messaging.internal.tracking;

import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links in sent messages. Every token is checked first: a forged or altered one gets 404 and nothing else,
 * so a click link never redirects anywhere but to the address that was signed into it (no open redirect).
 *
 * <ul>
 *   <li>{@code GET /email/o/{token}}: the open pixel, a 1×1 transparent GIF; an expired link's open is not counted
 *   <li>{@code GET /email/c/{token}}: records the click, then redirects (302) to the link's address (characters
 *       an address cannot carry percent-encoded); a {@code HEAD} (a link checker) is redirected without a click,
 *       and so is an expired link (the address was signed in by Cairn, so it still leads there)
 *   <li>{@code POST /email/unsubscribe/{token}}: one-click unsubscribe (RFC 8058); mail programs post
 *       {@code List-Unsubscribe=One-Click} here; an expired link is answered 410
 *   <li>{@code GET /email/unsubscribe/{token}}: a person following the link; shown the unsubscribe page to confirm
 *       (a GET never unsubscribes: link scanners follow links), which says so when the link has expired
 * </ul>
 */
@RestController
public class TrackingController {

    private static final byte[] PIXEL =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final MessageLinks links;
    private final Engagement engagement;

    public TrackingController(MessageLinks links, Engagement engagement) {
        this.links = links;
        this.engagement = engagement;
    }

    @GetMapping(MessageLinks.OPEN_PATH + "{token}")
    public ResponseEntity<byte[]> open(@PathVariable String token) {
        return links.messageOf(LinkSigner.Kind.OPEN, token)
                .filter(link -> link.expired() || engagement.opened(link.messageId()))
                .map(link -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_GIF)
                        .cacheControl(CacheControl.noStore())
                        .body(PIXEL))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(MessageLinks.CLICK_PATH + "{token}")
    public ResponseEntity<Void> click(@PathVariable String token) {
        return links.clickOf(token)
                .flatMap(click -> RedirectTargets.location(click.target())
                        .filter(location -> click.expired() || engagement.clicked(click.messageId(), click.target())))
                .map(TrackingController::redirect)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A link checker asking where a link leads (HEAD) is told, and no click is counted. */
    @RequestMapping(method = RequestMethod.HEAD, path = MessageLinks.CLICK_PATH + "{token}")
    public ResponseEntity<Void> clickChecked(@PathVariable String token) {
        return links.clickOf(token)
                .flatMap(click -> RedirectTargets.location(click.target()))
                .map(TrackingController::redirect)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A HEAD of the open pixel is answered as the pixel, and no open is counted. */
    @RequestMapping(method = RequestMethod.HEAD, path = MessageLinks.OPEN_PATH + "{token}")
    public ResponseEntity<byte[]> openChecked(@PathVariable String token) {
        return links.messageOf(LinkSigner.Kind.OPEN, token)
                .map(link -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_GIF)
                        .cacheControl(CacheControl.noStore())
                        .body(PIXEL))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Void> redirect(URI location) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(location)
                .cacheControl(CacheControl.noStore())
                .build();
    }

    @PostMapping(MessageLinks.UNSUBSCRIBE_PATH + "{token}")
    public ResponseEntity<String> oneClickUnsubscribe(@PathVariable String token) {
        Optional<MessageLinks.LinkedMessage> link = links.messageOf(LinkSigner.Kind.UNSUBSCRIBE, token);
        if (link.isPresent() && link.get().expired()) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("This unsubscribe link has expired; use the one in a more recent e-mail.");
        }
        return link.filter(l -> engagement.unsubscribed(l.messageId(), Engagement.UNSUBSCRIBE_SOURCE))
                .map(l -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(MessageLinks.UNSUBSCRIBE_PATH + "{token}")
    public ResponseEntity<Void> unsubscribePage(@PathVariable String token) {
        return links.messageOf(LinkSigner.Kind.UNSUBSCRIBE, token)
                .map(link -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create("/unsubscribe/" + token))
                        .<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
