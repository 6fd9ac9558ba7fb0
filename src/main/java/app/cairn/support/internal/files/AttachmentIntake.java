package app.cairn.support.internal.files;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps the files that came with a message, within limits: a file larger than
 * {@code cairn.support.attachment-max-size}, or of a type that runs as a program when opened, is listed on its
 * message as not kept (with its name, size and why) so that the agent can ask for it another way.
 */
@Component
public class AttachmentIntake {

    /** Why a file was not kept. */
    public static final String TOO_LARGE = "TOO_LARGE";

    public static final String BLOCKED_TYPE = "BLOCKED_TYPE";

    /** Extensions of files that run when opened on a staff member's computer. */
    private static final Set<String> BLOCKED = Set.of(
            "exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "cpl", "dll", "jar", "js", "jse", "vbs", "vbe",
            "wsf", "wsh", "ws", "ps1", "psm1", "hta", "reg", "lnk", "inf", "app", "dmg", "pkg", "apk", "sh");

    private static final Set<String> BLOCKED_TYPES = Set.of(
            "application/x-msdownload",
            "application/x-msdos-program",
            "application/x-executable",
            "application/x-sh",
            "application/java-archive",
            "application/vnd.microsoft.portable-executable");

    private final SupportFiles files;
    private final AttachmentStore store;
    private final long maxSize;

    public AttachmentIntake(
            SupportFiles files, AttachmentStore store, @Value("${cairn.support.attachment-max-size}") DataSize max) {
        this.files = files;
        this.store = store;
        this.maxSize = max.toBytes();
    }

    /** A file as it came: a name, its declared type, and its content (null when it was too large to read whole). */
    public record Incoming(String name, String contentType, long size, byte[] content) {}

    /** The largest file kept, in bytes: a reader need not keep more of a file than this plus one. */
    public long maxSize() {
        return maxSize;
    }

    /** Keeps the message's files, or lists why not. */
    public void keep(long ticket, long message, List<Incoming> incoming, Instant at) {
        for (Incoming file : incoming) {
            String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
            String refused = blocked(file.name(), type)
                    ? BLOCKED_TYPE
                    : file.content() == null || file.size() > maxSize ? TOO_LARGE : null;
            String key = refused == null ? files.put(file.content()) : null;
            store.insert(ticket, message, file.name(), type, file.size(), key, refused, at);
        }
    }

    private static boolean blocked(String name, String type) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BLOCKED.contains(extension) || BLOCKED_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }
}
