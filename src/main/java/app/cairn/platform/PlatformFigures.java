package app.cairn.platform;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Home-page figures about the running system: database server and size, live scheduler nodes. */
@Component
class PlatformFigures implements KeyFigureSource {

    private final JdbcClient jdbc;

    PlatformFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<KeyFigure> keyFigures() {
        String version = jdbc.sql("SELECT VERSION()").query(String.class).single();
        long bytes = jdbc.sql("""
                        SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables
                        WHERE table_schema = DATABASE()""").query(Long.class).single();
        long nodes = jdbc.sql("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE")
                .query(Long.class)
                .single();
        return List.of(
                new KeyFigure("figure.database-server", serverName(version), 900, KeyFigure.Page.OPERATIONS),
                new KeyFigure(
                        "figure.database-size-mb",
                        Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0,
                        910,
                        KeyFigure.Page.OPERATIONS),
                new KeyFigure("figure.scheduler-nodes", nodes, 920, KeyFigure.Page.OPERATIONS));
    }

    static String serverName(String version) {
        int dash = version.indexOf('-');
        return version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                ? "MariaDB " + (dash > 0 ? version.substring(0, dash) : version)
                : "MySQL " + version;
    }
}
