package app.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerDuplicates;
import app.cairn.shared.UtcColumns;
import app.cairn.testing.CairnTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CairnTest
class DemoDataGeneratorTest {

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerDuplicates duplicates;

    @Autowired
    Clock clock;

    @Test
    void generatesCustomersWithOrdersBrowsingAbandonedCartsAndSecondRegistrationsAndReportsProgress() {
        List<Integer> progress = new ArrayList<>();

        long lastId = count("SELECT COALESCE(MAX(id), 0) FROM customer");

        DemoDataSummary summary = generator.generate(2_500, 99, PurchaseProcess.standard(), progress::add);

        assertThat(progress).containsExactly(1_000, 2_000, 2_500);
        assertThat(summary.customers()).isEqualTo(2_500 + summary.reregistrations());
        assertThat(summary.reregistrations())
                .as("about 1 in 100 register twice")
                .isBetween(10, 45);
        assertThat((double) summary.orders() / summary.customers())
                .as("orders per customer, about 4.8 by the standard process")
                .isBetween(4.0, 5.6);
        assertThat((double) summary.events() / summary.customers())
                .as("events per customer, about 26")
                .isBetween(21.0, 31.0);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE source = 'demo' AND id > " + lastId))
                .isEqualTo(summary.customers());
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id
                        WHERE c.source = 'demo' AND c.id > %d""".formatted(lastId))).isEqualTo(summary.orders()).isPositive();
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_event e JOIN customer c ON c.id = e.customer_id
                        WHERE c.source = 'demo' AND c.id > %d""".formatted(lastId))).isEqualTo(summary.events());
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_event e JOIN customer c ON c.id = e.customer_id
                        WHERE c.source = 'demo' AND c.id > %d AND e.type = 'ORDER_PLACED'""".formatted(lastId))).isEqualTo(summary.orders());
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id
                        WHERE c.source = 'demo' AND (o.placed_at < c.signup_at OR o.placed_at > ?)""", UtcColumns.toColumn(clock.instant())))
                .as("orders fall between signup and now (the app's clock)")
                .isZero();

        duplicates.scan();
        assertThat(count("""
                        SELECT COUNT(*) FROM duplicate_candidate d
                        JOIN customer a ON a.id = d.customer_a JOIN customer b ON b.id = d.customer_b
                        WHERE d.status = 'OPEN' AND a.id > ? AND (b.email LIKE 'again%' OR b.email LIKE '%+shop@%')""", lastId))
                .as("the scan finds everyone who registered twice")
                .isEqualTo(summary.reregistrations());
    }

    @Test
    void thePurchaseProcessStatesItsMeanOrderValue() {
        assertThat(PurchaseProcess.standard().meanOrderValue()).isEqualTo(80.0);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
