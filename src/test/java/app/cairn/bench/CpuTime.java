package app.cairn.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * CPU time used by the benchmark's JVM and by its MariaDB server: on a machine whose CPU is shared, these say
 * more than the wall-clock time about a change, since time stolen by other guests is in neither.
 */
final class CpuTime {

    private final Path dataFolder;
    private final long app;
    private final long database;

    private CpuTime(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.app = appNanos();
        this.database = databaseNanos(dataFolder);
    }

    /** Starts counting for the MariaDB server whose data is under {@code dataFolder}. */
    static CpuTime start(Path dataFolder) {
        return new CpuTime(dataFolder);
    }

    /** The CPU seconds since the start, e.g. {@code app 10.2 s, database 14.9 s}. */
    String since() {
        return String.format(
                Locale.ROOT,
                "app %.1f s, database %.1f s",
                (appNanos() - app) / 1e9,
                (databaseNanos(dataFolder) - database) / 1e9);
    }

    private static long appNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    private static long databaseNanos(Path dataFolder) {
        String folder = dataFolder.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("mariadbd"))
                .filter(p -> p.info().commandLine().orElse("").contains(folder))
                .mapToLong(
                        p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())
                .sum();
    }
}
