package app.cairn.shared;

import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrivateFilesTest {

    private final Path folder =
            Path.of("target", "private-files-test", UUID.randomUUID().toString());

    @Test
    void aFileHoldingCustomersDataIsTheOwnersAloneAndSoIsItsFolder() throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path file = PrivateFiles.create(folder, PrivateFiles.name("customer", "tsv"));

        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(folder))
                .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE);
        assertThat(file.getFileName().toString())
                .contains("-" + ProcessHandle.current().pid() + "-");
    }

    @Test
    void filesLeftByAStoppedProcessAreDeletedAndThoseOfARunningOneKept() throws IOException {
        Path ours = PrivateFiles.create(folder, PrivateFiles.name("upload", "csv"));
        Path killed = Files.writeString(
                folder.resolve("customer-" + deadProcess() + "-" + UUID.randomUUID() + ".tsv"), "ada@example.com");
        Path unnamed = Files.writeString(folder.resolve("customer-1a2b.tsv"), "bo@example.com");

        int deleted = PrivateFiles.clearLeftovers(folder);

        assertThat(deleted).isEqualTo(2);
        assertThat(ours).exists();
        assertThat(killed).doesNotExist();
        assertThat(unnamed).doesNotExist();
    }

    /** A process id no process has now. */
    private static long deadProcess() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
