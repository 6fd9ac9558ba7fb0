package app.cairn.shared;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Folders and files that hold customers' data on disk for a while (bulk-load files, uploaded CSVs): readable and
 * writable by the owner alone. Each file's name carries the id of the process that wrote it, so the files a
 * stopped (or killed) process left can be told from those of a process still running beside it on the same
 * folder, and deleted when the next one starts.
 */
public final class PrivateFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Pattern WRITTEN_BY = Pattern.compile(".*-(\\d+)-[0-9a-f-]{36}\\.[a-z]+");

    private PrivateFiles() {}

    /** Makes the folder (and its parents) if need be, and makes it the owner's alone. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** A new file name, {@code <prefix>-<process id>-<random>.<extension>}. */
    public static String name(String prefix, String extension) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + "." + extension;
    }

    /** Creates an empty file only the owner can read or write, in the private folder. */
    public static Path create(Path folder, String name) throws IOException {
        Path file = folder(folder).resolve(name);
        return POSIX
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createFile(file, new FileAttribute<?>[0]);
    }

    /**
     * Deletes the files in the folder that no running process wrote (its name names no live process) and makes
     * the folder private.
     *
     * @return how many files were deleted
     */
    public static int clearLeftovers(Path folder) throws IOException {
        folder(folder);
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !writerRuns(file) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean writerRuns(Path file) {
        Matcher name = WRITTEN_BY.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(name.group(1)))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }
}
