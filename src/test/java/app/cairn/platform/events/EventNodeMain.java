package app.cairn.platform.events;

import app.cairn.CairnApplication;
import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.SegmentManagement;
import app.cairn.testing.Events;
import app.cairn.testing.ExternalMariaDbServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Child-JVM entry point: a Cairn node on an external database with one event thread. {@code publish}: a customer,
 * a segment of spenders, then an order whose reactions wait behind a task holding that one thread; it prints
 * {@code COMMITTED <customer> <segment>} once the order's transaction has committed and waits to be killed.
 * {@code resume}: starts (which hands unhandled publications over again) and prints {@code RESUMED}.
 */
public final class EventNodeMain {

    private EventNodeMain() {}

    /** Arguments: the database's JDBC URL, then {@code publish} or {@code resume}. */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CairnApplication.class)
                .profiles("test")
                .run(
                        "--CAIRN_DB_URL=" + args[0],
                        "--CAIRN_DB_USER=" + ExternalMariaDbServer.USER,
                        "--CAIRN_DB_PASSWORD=" + ExternalMariaDbServer.PASSWORD,
                        "--CAIRN_ADMIN_PASSWORD=event-node-admin-1",
                        "--CAIRN_EVENT_THREADS=1",
                        "--server.port=0",
                        "--cairn.scheduler.name=cairn-event-node",
                        "--spring.main.banner-mode=off");
        if ("publish".equals(args[1])) {
            publish(app);
        } else {
            System.out.println("RESUMED");
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void publish(ConfigurableApplicationContext app) {
        CustomerManagement customers = app.getBean(CustomerManagement.class);
        SegmentManagement segments = app.getBean(SegmentManagement.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long customer = customers.create(CustomerFixtures.tester("Kira", "Europe/Berlin", null), null, "test");
        customers.tag(customer, "killed-node", "test");
        long segment = segments.create(
                        "Spenders on a killed node",
                        null,
                        RuleGroup.all(
                                RuleCondition.of(RuleField.TAG, RuleOperator.IS, "killed-node"),
                                RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "50")))
                .id();
        Events.awaitHandled(jdbc);
        segments.rebuild(segment);
        // the node's only event thread is busy, so the order's reactions wait in memory for it
        app.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class).execute(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        app.getBean(CommerceManagement.class)
                .recordOrder(new OrderData(
                        "KILL-1",
                        customer,
                        Instant.parse("2026-01-10T10:00:00Z"),
                        OrderStatus.PAID,
                        "EUR",
                        List.of(new OrderLineData("KILL-SKU", "Lamp", 1, new BigDecimal("80.00")))));
        System.out.println("COMMITTED " + customer + " " + segment);
    }
}
