package app.cairn.bench;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the bench nodes share: a shop of customers who agreed to e-mail, and the heap figures they print. */
final class BenchShop {

    private static final int PAGE = 10_000;

    private BenchShop() {}

    /**
     * Adds N customers ({@code bench-<n>@example.com}, Berlin) who agreed to e-mail, and a static segment "Everyone
     * (bench)" of all of them; answers the segment's id.
     */
    static long everyone(ConfigurableApplicationContext app, int customers) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("""
                        INSERT INTO customer (email, first_name, last_name, country, time_zone, language, signup_at,
                            source, created_at, updated_at)
                        SELECT CONCAT('bench-', seq, '@example.com'), CONCAT('Name', seq), 'Bench', 'DE', 'Europe/Berlin',
                               'en', UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                        FROM seq_1_to_%d""".formatted(customers)).update();
        jdbc.sql("""
                        INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source, legal_basis)
                        SELECT id, 'EMAIL', TRUE, UTC_TIMESTAMP(6), 'bench', 'CONSENT' FROM customer WHERE source = 'bench'""").update();
        SegmentManagement segments = app.getBean(SegmentManagement.class);
        Segment everyone = segments.createStatic("Everyone (bench)", null);
        List<Long> ids = jdbc.sql("SELECT id FROM customer WHERE source = 'bench' ORDER BY id")
                .query(Long.class)
                .list();
        for (int from = 0; from < ids.size(); from += PAGE) {
            app.getBean(SegmentLists.class)
                    .addMembers(everyone.id(), ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
        return everyone.id();
    }

    /** Heap in use, in MB. */
    static long heapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024;
    }

    /** The old generation after the last collection (what stays alive), in MB. */
    static long liveMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getName().contains("Old Gen") && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                        .sum()
                / 1024
                / 1024;
    }
}
