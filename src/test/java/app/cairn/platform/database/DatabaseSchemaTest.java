package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CairnTest
class DatabaseSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EmbeddedMariaDb embedded;

    @Test
    void runsOnTheEmbeddedMariaDbThroughConnectorJ() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).contains("MariaDB");
        assertThat(embedded.jdbcUrl()).startsWith("jdbc:mysql://127.0.0.1:");
    }

    @Test
    void hibernateUsesTheDialectOfTheConnectedServer() {
        assertThat(entityManagerFactory
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect())
                .isInstanceOf(MariaDBDialect.class);
        assertThat(DialectSelection.productNameFor("11.4.5-MariaDB")).isEqualTo("MariaDB");
        assertThat(DialectSelection.productNameFor("8.4.3")).isEqualTo("MySQL");
    }

    @Test
    void flywayCreatedTheQuartzAndStaffTables() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()""").query(String.class).list())
                .contains("QRTZ_TRIGGERS", "QRTZ_LOCKS", "QRTZ_SCHEDULER_STATE", "staff_account", "staff_sign_in");
    }

    @Test
    void everyTableUsesACollationThatMySqlAndMariaDbBothAccept() {
        assertThat(jdbc.sql("""
                        SELECT DISTINCT table_collation FROM information_schema.tables
                        WHERE table_schema = DATABASE()""").query(String.class).list()).containsOnly("utf8mb4_unicode_ci");
    }
}
