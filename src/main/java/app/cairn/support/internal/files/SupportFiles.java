package app.cairn.support.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files kept by the SHA-256 of their content under {@code cairn.support.files-dir} ({@code ab/cd/abcd…}): the same
 * file received twice is kept once, and a file is written completely (to a temporary name, then moved) before
 * anything names it. A file whose row was rolled back stays behind unnamed, which costs only its space.
 */
@Component
public class SupportFiles {

    private final Path root;

    public SupportFiles(@Value("${cairn.support.files-dir}") Path root) {
        this.root = root;
    }

    /** Keeps the bytes; answers their key. */
    public String put(byte[] content) {
        String key = sha256(content);
        Path target = path(key);
        if (Files.exists(target)) {
            return key;
        }
        try {
            app.cairn.shared.PrivateFiles.folder(root);
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), key, ".partial");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not keep a support file under " + root, failed);
        }
    }

    /** The file with this key, when it is there. */
    public Optional<InputStream> open(String key) {
        if (key == null || !key.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(path(key)));
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    /** Deletes the file with this key, if it is there. */
    public void delete(String key) {
        if (key != null && key.matches("[0-9a-f]{64}")) {
            try {
                Files.deleteIfExists(path(key));
            } catch (IOException failed) {
                throw new UncheckedIOException("Could not delete a support file under " + root, failed);
            }
        }
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
