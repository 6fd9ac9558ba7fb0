package app.cairn.platform.database;

import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses Hibernate's dialect from the server actually connected. MySQL Connector/J cannot read MariaDB
 * 11's keyword metadata, so Hibernate's own detection fails there; the server's version string tells
 * MariaDB from MySQL reliably.
 */
@Configuration(proxyBeanMethods = false)
class DialectSelection {

    @Bean
    HibernatePropertiesCustomizer dialectFromConnectedServer(DataSource dataSource) {
        return properties -> properties.putIfAbsent("hibernate.dialect", dialectFor(serverVersion(dataSource)));
    }

    /** The dialect class name for a server version string such as {@code 11.4.5-MariaDB}. */
    static String dialectFor(String serverVersion) {
        return serverVersion.toLowerCase(Locale.ROOT).contains("mariadb")
                ? MariaDBDialect.class.getName()
                : MySQLDialect.class.getName();
    }

    private static String serverVersion(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to read its version: " + e.getMessage(), e);
        }
    }
}
