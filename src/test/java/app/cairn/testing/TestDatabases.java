package app.cairn.testing;

import app.cairn.platform.database.EmbeddedDatabaseProperties;
import app.cairn.platform.database.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** Embedded MariaDB servers for tests that need one outside the application context. */
public final class TestDatabases {

    private TestDatabases() {}

    /**
     * Settings for a fresh, throw-away data folder under {@code target/}, sharing the unpacked server binaries.
     */
    public static EmbeddedDatabaseProperties freshFolder() {
        return new EmbeddedDatabaseProperties(
                Path.of("target", "test-data", "db-" + UUID.randomUUID()),
                0,
                "cairn",
                Path.of("target", "test-data", "mariadb-server"),
                true,
                null,
                null);
    }

    /** Starts a server on a fresh folder with Cairn's migrations applied. */
    public static EmbeddedMariaDb startMigrated() {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(freshFolder());
        Flyway.configure()
                .dataSource(server.jdbcUrl(), server.username(), server.password())
                .locations("classpath:db/migrations")
                .load()
                .migrate();
        return server;
    }
}
