package app.cairn.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server from the operating system's packages (Debian: {@code mariadb-server}), started on a
 * fresh folder and a free port on 127.0.0.1, with a database {@code cairn} in the server's own default
 * character set and a password-protected user {@code cairn}: what a DBA hands over for external mode.
 */
public final class ExternalMariaDbServer implements AutoCloseable {

    public static final String USER = "cairn";
    public static final String PASSWORD = "external-secret";

    private final Process process;
    private final int port;

    private ExternalMariaDbServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Installs and starts the server; fails with what to install when the binaries are missing. */
    public static ExternalMariaDbServer start() throws IOException, InterruptedException {
        Path server = binary("CAIRN_TEST_MARIADBD", "/usr/sbin/mariadbd");
        Path installer = binary("CAIRN_TEST_MARIADB_INSTALL_DB", "/usr/bin/mariadb-install-db");
        Path folder =
                Path.of("target", "test-data", "external-" + UUID.randomUUID()).toAbsolutePath();
        Path dataDir = Files.createDirectories(folder.resolve("data"));
        Path initFile = folder.resolve("init.sql");
        Files.writeString(initFile, """
                CREATE DATABASE IF NOT EXISTS cairn;
                CREATE USER IF NOT EXISTS '%s'@'127.0.0.1' IDENTIFIED BY '%s';
                GRANT ALL PRIVILEGES ON cairn.* TO '%s'@'127.0.0.1';
                """.formatted(USER, PASSWORD, USER));
        List<String> install = new ArrayList<>(List.of(
                installer.toString(),
                "--no-defaults",
                "--basedir=/usr",
                "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        List<String> run = new ArrayList<>(List.of(
                server.toString(),
                "--no-defaults",
                "--datadir=" + dataDir,
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                "--socket=" + folder.resolve("mysqld.sock"),
                "--pid-file=" + folder.resolve("mysqld.pid"),
                // as MySQL 8 by default: no LOAD DATA LOCAL, so bulk writes take their INSERT path
                "--local-infile=0",
                "--init-file=" + initFile));
        if ("root".equals(System.getProperty("user.name"))) {
            install.add("--user=root");
            run.add("--user=root");
        }
        Process installing = new ProcessBuilder(install)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile())
                .start();
        if (!installing.waitFor(2, TimeUnit.MINUTES) || installing.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed; see " + folder.resolve("install.log"));
        }
        int port = freePort();
        run.add("--port=" + port);
        Process process = new ProcessBuilder(run)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile())
                .start();
        ExternalMariaDbServer started = new ExternalMariaDbServer(process, port);
        started.awaitListening(folder);
        return started;
    }

    /** JDBC URL of the {@code cairn} database for MySQL Connector/J. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/cairn?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    private void awaitListening(Path folder) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB server stopped at start; see " + folder.resolve("server.log"));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("MariaDB server not listening after 60 s; see " + folder.resolve("server.log"));
    }

    private static Path binary(String variable, String fallback) {
        Path path = Path.of(System.getenv().getOrDefault(variable, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The external-database test needs a MariaDB server at " + path
                    + ": install it (Debian: apt-get install mariadb-server) or set " + variable);
        }
        return path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server (a clean shutdown on SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
