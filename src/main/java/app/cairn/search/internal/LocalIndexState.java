package app.cairn.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What is known of each local Lucene index, kept beside the indexes: the fingerprint of the mapping it was last
 * built completely with. An index without one (new, healed, deleted, or left half-built) is built again.
 */
final class LocalIndexState implements IndexState {

    private static final String FILE = "cairn-index-state.properties";

    private final Path file;

    LocalIndexState(Path root) {
        this.file = root.resolve(FILE);
    }

    @Override
    public synchronized Optional<String> builtWith(String index) {
        return Optional.ofNullable(read().getProperty(index));
    }

    @Override
    public synchronized void built(String index, String fingerprint) {
        Properties state = read();
        state.setProperty(index, fingerprint);
        write(state);
    }

    @Override
    public synchronized void forget(String index) {
        Properties state = read();
        if (state.remove(index) != null) {
            write(state);
        }
    }

    private Properties read() {
        Properties state = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                state.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                // an unreadable state file only means every index is built again
                return new Properties();
            }
        }
        return state;
    }

    private void write(Properties state) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(FILE + ".new");
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                state.store(out, "Cairn: the mapping each index was last built completely with");
            }
            Files.move(
                    next,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
