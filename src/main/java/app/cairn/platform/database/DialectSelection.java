package app.cairn.platform.database;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Hibernate which server it is talking to, so it picks the dialect of the server actually connected
 * (MariaDB or MySQL). MySQL Connector/J reports every server as "MySQL" and cannot read MariaDB 11's keyword
 * metadata, so Hibernate's own detection fails there; the server's version string tells MariaDB from MySQL
 * reliably. Hibernate then reads no JDBC metadata of its own at start-up.
 */
@Configuration(proxyBeanMethods = false)
class DialectSelection {

    @Bean
    HibernatePropertiesCustomizer dialectFromConnectedServer(DataSource dataSource) {
        return properties -> {
            if (!properties.containsKey("hibernate.dialect")) {
                properties.putAll(serverSettings(dataSource));
            }
        };
    }

    /** The product name Hibernate resolves its dialect from, for a version string such as {@code 11.4.5-MariaDB}. */
    static String productNameFor(String serverVersion) {
        return serverVersion.toLowerCase(Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
    }

    private static Map<String, Object> serverSettings(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String version = metaData.getDatabaseProductVersion();
            return Map.of(
                    "hibernate.boot.allow_jdbc_metadata_access", "false",
                    "jakarta.persistence.database-product-name", productNameFor(version),
                    "jakarta.persistence.database-product-version", version,
                    "jakarta.persistence.database-major-version", Integer.toString(metaData.getDatabaseMajorVersion()),
                    "jakarta.persistence.database-minor-version", Integer.toString(metaData.getDatabaseMinorVersion()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to read its version: " + e.getMessage(), e);
        }
    }
}
