package app.cairn.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/** Child-JVM entry point: starts the embedded database on a folder, writes a row, and waits to be killed. */
public final class StaleServerNode {

    private StaleServerNode() {}

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(
                new EmbeddedDatabaseProperties(Path.of(args[0]), 0, "cairn", Path.of(args[1]), false, null, null));
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivor (note VARCHAR(40))");
            statement.execute("INSERT INTO survivor VALUES ('written before kill -9')");
        }
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }
}
