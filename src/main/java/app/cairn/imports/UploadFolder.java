package app.cairn.imports;

import app.cairn.shared.PrivateFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where uploaded CSV files wait while they are checked and imported: {@code $CAIRN_DATA_DIR/uploads}, not the
 * shared temp folder, readable by the owner alone; files a stopped process left there are deleted at the next
 * start.
 */
@Component
public class UploadFolder {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);

    private final Path folder;

    UploadFolder(@Value("${cairn.data-dir}") Path dataDir) {
        this.folder = dataDir.resolve("uploads").toAbsolutePath().normalize();
    }

    /** A new, empty file for an upload, only the owner can read. */
    public File newFile() throws IOException {
        return PrivateFiles.create(folder, PrivateFiles.name("upload", "csv")).toFile();
    }

    @EventListener(ApplicationStartedEvent.class)
    void clearLeftovers() {
        try {
            int deleted = PrivateFiles.clearLeftovers(folder);
            if (deleted > 0) {
                log.info("Deleted {} uploaded files left in {} by a stopped run", deleted, folder);
            }
        } catch (IOException unreadable) {
            log.warn("Could not clear the upload folder {}: {}", folder, unreadable.getMessage());
        }
    }
}
