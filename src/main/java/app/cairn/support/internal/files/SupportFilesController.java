package app.cairn.support.internal.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of attachments and of e-mails as received. Only signed-in admins and agents reach these addresses (the
 * security configuration says so for {@code /support/files/**}). Every file is sent as a download, never shown in
 * the page, with its type only when it is one a browser cannot run, and in a sandbox.
 */
@RestController
class SupportFilesController {

    private static final Set<String> SHOWN_TYPES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "text/csv");

    private final AttachmentStore store;
    private final SupportFiles files;

    SupportFilesController(AttachmentStore store, SupportFiles files) {
        this.store = store;
        this.files = files;
    }

    @GetMapping("/support/files/attachments/{id}")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        Optional<AttachmentStore.Stored> stored = store.find(id);
        Optional<InputStream> content =
                stored.map(AttachmentStore.Stored::fileKey).flatMap(files::open);
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String type = stored.get().attachment().contentType();
        return download(
                new InputStreamResource(content.get()),
                SHOWN_TYPES.contains(type) ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM,
                stored.get().attachment().fileName(),
                stored.get().attachment().size());
    }

    @GetMapping("/support/files/raw/{messageId}")
    ResponseEntity<Resource> raw(@PathVariable long messageId) {
        Optional<AttachmentStore.Raw> raw = store.raw(messageId);
        if (raw.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Resource body;
        if (raw.get().bytes() != null) {
            body = new ByteArrayResource(raw.get().bytes());
        } else {
            Optional<InputStream> content = files.open(raw.get().fileKey());
            if (content.isEmpty()) {
                return ResponseEntity.notFound().build();
            }
            body = new InputStreamResource(content.get());
        }
        return download(body, MediaType.parseMediaType("message/rfc822"), "message-" + messageId + ".eml", -1);
    }

    private static ResponseEntity<Resource> download(Resource body, MediaType type, String name, long size) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (size >= 0) {
            response.contentLength(size);
        }
        return response.body(body);
    }
}
