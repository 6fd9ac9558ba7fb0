package app.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
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

    @Test
    void generatesCustomersWithOrdersBrowsingAndAbandonedCartsAndReportsProgress() {
        List<Integer> progress = new ArrayList<>();

        DemoDataSummary summary = generator.generate(25, 99, PurchaseProcess.standard(), progress::add);

        assertThat(progress).hasSize(25).endsWith(25);
        assertThat(summary.customers()).isEqualTo(25);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE source = 'demo'")).isEqualTo(25);
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id
                        WHERE c.source = 'demo'""")).isEqualTo(summary.orders()).isPositive();
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_event e JOIN customer c ON c.id = e.customer_id
                        WHERE c.source = 'demo'""")).isEqualTo(summary.events());
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_event e JOIN customer c ON c.id = e.customer_id
                        WHERE c.source = 'demo' AND e.type = 'ORDER_PLACED'""")).isEqualTo(summary.orders());
        assertThat(count("""
                        SELECT COUNT(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id
                        WHERE c.source = 'demo' AND (o.placed_at < c.signup_at OR o.placed_at > UTC_TIMESTAMP(6))""")).as("orders fall between signup and now").isZero();
    }

    @Test
    void thePurchaseProcessStatesItsMeanOrderValue() {
        assertThat(PurchaseProcess.standard().meanOrderValue()).isEqualTo(80.0);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
