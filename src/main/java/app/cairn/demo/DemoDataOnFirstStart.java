package app.cairn.demo;

import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills an empty database with a small shop once the app is up. It runs in the background, so the
 * app is usable at once and the figures grow while it works; progress goes to the log.
 */
@Component
class DemoDataOnFirstStart {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnFirstStart.class);

    private final DemoDataGenerator generator;
    private final DemoEmail email;
    private final DemoSegments segments;
    private final DemoSupport support;
    private final CustomerManagement customers;
    private final boolean demo;
    private final int count;
    private final long seed;

    DemoDataOnFirstStart(
            DemoDataGenerator generator,
            DemoEmail email,
            DemoSegments segments,
            DemoSupport support,
            CustomerManagement customers,
            @Value("${cairn.demo.enabled:false}") boolean demo,
            @Value("${cairn.demo.customers:300}") int count,
            @Value("${cairn.demo.seed:20261122}") long seed) {
        this.generator = generator;
        this.email = email;
        this.segments = segments;
        this.support = support;
        this.customers = customers;
        this.demo = demo;
        this.count = count;
        this.seed = seed;
    }

    // "is there any customer?" reads one row; an exact count would read them all at every start
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyDatabase() {
        if (!demo || count <= 0 || customers.countUpTo(CustomerFilter.all(), 0) > 0) {
            return;
        }
        Thread.ofPlatform().name("demo-data").daemon().start(this::generate);
    }

    private void generate() {
        log.info("Demo mode: generating {} customers with their orders and events (seed {})", count, seed);
        int[] logged = {0};
        try {
            DemoDataSummary summary = generator.generate(count, seed, PurchaseProcess.standard(), done -> {
                // about ten lines however many customers
                if (done == count || done - logged[0] >= Math.max(DemoDataGenerator.CHUNK, count / 10)) {
                    logged[0] = done;
                    log.info("Demo data: {} of {} people", done, count);
                }
            });
            log.info(
                    "Demo data ready: {} products, {} customers ({} registered twice), {} orders, {} events",
                    summary.products(),
                    summary.customers(),
                    summary.reregistrations(),
                    summary.orders(),
                    summary.events());
            email.create();
            segments.create();
            support.create();
            log.info("Demo data: customers scored, example segments worked out, support desk filled");
        } catch (RuntimeException e) {
            log.error("Demo data generation stopped", e);
        }
    }
}
