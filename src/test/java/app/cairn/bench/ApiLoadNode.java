package app.cairn.bench;

import app.cairn.CairnApplication;
import app.cairn.ingest.ApiKeyManagement;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.StaffRole;
import app.cairn.staff.NewStaffAccount;
import app.cairn.staff.StaffManagement;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cairn as its own process for the API load benchmark: the whole application on a free port, with its pool of 10
 * connections and 4 event threads as shipped, N customers who agreed to e-mail and five rule segments that every
 * write of the benchmark touches (tag, city, spend, order count, carts), so each write has a real-time reaction.
 *
 * <p>It prints {@code READY port=… key=… user=… password=…}, then a line {@code STATUS} a second (connections in use,
 * threads waiting for one, reactions not yet handled) until the file {@code stop} appears in its data folder or the
 * benchmark that started it is gone; then it stops Cairn and its database and ends.
 */
public final class ApiLoadNode {

    private static final String PASSWORD = "load-bench-sign-in";

    private ApiLoadNode() {}

    /** Arguments: data folder, number of customers. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CairnApplication.class)
                .run(
                        "--server.port=0",
                        "--cairn.data-dir=" + folder,
                        "--cairn.db.embedded.server-dir=" + folder.resolveSibling("mariadb-server"),
                        "--cairn.demo.enabled=false",
                        "--cairn.scheduler.name=api-load-node",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=error",
                        "--logging.level.app.cairn.ingest=warn",
                        "--vaadin.devmode.devTools.enabled=false");
        BenchShop.everyone(app, customers);
        SegmentManagement segments = app.getBean(SegmentManagement.class);
        segments.create("VIP (load)", null, only(RuleCondition.of(RuleField.TAG, RuleOperator.IS, "vip")));
        segments.create("Hamburg (load)", null, only(RuleCondition.of(RuleField.CITY, RuleOperator.EQUALS, "Hamburg")));
        segments.create(
                "Spent over 200 (load)",
                null,
                only(RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "200")));
        segments.create(
                "Three orders (load)", null, only(RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.AT_LEAST, "3")));
        segments.create(
                "Carts (load)",
                null,
                only(RuleCondition.keyed(RuleField.EVENT, "ADDED_TO_CART", RuleOperator.COUNT_AT_LEAST, "1")));
        String key = app.getBean(ApiKeyManagement.class)
                .create("load bench", "bench")
                .secret();
        String user = "load-bench";
        app.getBean(StaffManagement.class)
                .create(new NewStaffAccount(
                        user, "Load Bench", "load-bench@example.com", PASSWORD, Set.of(StaffRole.ADMIN)));
        System.out.printf(
                "READY port=%s key=%s user=%s password=%s%n",
                app.getEnvironment().getProperty("local.server.port"), key, user, PASSWORD);
        report(app, folder.resolve("stop"));
        app.close();
        System.exit(0);
    }

    private static RuleGroup only(RuleCondition condition) {
        return RuleGroup.all(condition);
    }

    private static void report(ConfigurableApplicationContext app, Path stop) throws InterruptedException {
        HikariDataSource pool = app.getBean(HikariDataSource.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long started = System.nanoTime();
        while (!Files.exists(stop)
                && ProcessHandle.current().parent().map(ProcessHandle::isAlive).orElse(false)) {
            var figures = pool.getHikariPoolMXBean();
            long backlog = jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    Locale.ROOT,
                    "STATUS active=%d waiting=%d backlog=%d heapMB=%d seconds=%.1f%n",
                    figures.getActiveConnections(),
                    figures.getThreadsAwaitingConnection(),
                    backlog,
                    BenchShop.heapMegabytes(),
                    (System.nanoTime() - started) / 1e9);
            Thread.sleep(1000);
        }
    }
}
