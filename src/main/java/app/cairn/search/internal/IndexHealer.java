package app.cairn.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the local Lucene indexes before Hibernate Search opens them. An index that cannot be opened (files
 * missing, truncated or damaged) is removed and forgotten, so Hibernate Search starts with an empty
 * one and the app builds it again from the database; an index folder that holds no index is forgotten too.
 */
final class IndexHealer {

    private static final Logger log = LoggerFactory.getLogger(IndexHealer.class);

    private IndexHealer() {}

    /** Heals every index under the root; answers the names of the indexes that were damaged. */
    static List<String> heal(Path root, LocalIndexState state) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .filter(folder -> !opens(folder, state))
                    .map(folder -> folder.getFileName().toString())
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static boolean opens(Path folder, LocalIndexState state) {
        String index = folder.getFileName().toString();
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                state.forget(index);
                return true;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
                return true;
            }
        } catch (IOException | RuntimeException damaged) {
            log.warn(
                    "The search index {} cannot be read ({}); it is set aside and built again",
                    index,
                    damaged.toString());
            state.forget(index);
            remove(folder);
            return false;
        }
    }

    private static void remove(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("The damaged search index " + folder + " cannot be removed", failed);
        }
    }
}
