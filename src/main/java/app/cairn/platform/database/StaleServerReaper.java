package app.cairn.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a MariaDB server left running on a data folder by a previous run that was killed
 * ({@code kill -9} leaves the child {@code mariadbd} orphaned, holding the folder's locks and its port).
 */
final class StaleServerReaper {

    private static final Logger log = LoggerFactory.getLogger(StaleServerReaper.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StaleServerReaper() {}

    /**
     * Stops every MariaDB server process serving {@code dataDir}.
     *
     * @return how many processes were stopped
     */
    static int reap(Path dataDir) {
        List<ProcessHandle> stale = ProcessHandle.allProcesses()
                .filter(p -> servesDataDir(p, dataDir))
                .toList();
        for (ProcessHandle process : stale) {
            log.warn("Stopping stale MariaDB server (pid {}) left on {} by an earlier run", process.pid(), dataDir);
            stop(process);
        }
        return stale.size();
    }

    static boolean servesDataDir(ProcessHandle process, Path dataDir) {
        String commandLine = process.info().commandLine().orElse("");
        boolean isServer = commandLine.contains("mariadbd") || commandLine.contains("mysqld");
        return isServer
                && (commandLine.contains("--datadir=" + dataDir + " ")
                        || commandLine.endsWith("--datadir=" + dataDir)
                        || commandLine.contains("--datadir=" + dataDir + "/ "));
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timedOut) {
            log.warn("MariaDB server (pid {}) did not stop within {}; killing it", process.pid(), GRACE);
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
