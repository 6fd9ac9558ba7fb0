package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.EmailTemplate;
import app.cairn.testing.CairnTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Engines running side by side (as on two nodes) share the work and take no step twice. */
@CairnTest
class ExactlyOnceTest extends JourneyTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    JourneyStatistics statistics;

    static final int CUSTOMERS = 800;

    @Test
    void threeEnginesAtOnceTakeEveryStepOfEveryEnrolmentExactlyOnce() throws Exception {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            people.add(subscriber("Q" + i));
        }
        EmailTemplate hello = template("Hello", "<p>Hello</p>");
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("send", NodeType.SEND_EMAIL, settings("template", String.valueOf(hello.id())))
                .step("tag", NodeType.UPDATE_PROFILE, settings("field", "greeted", "value", "yes"))
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "PT1M"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "send")
                .link("send", "next", "tag")
                .link("tag", "next", "wait")
                .link("wait", "next", "done")
                .graph());
        journeys.enrol(journey.id(), people);

        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> moved = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                moved.add(nodes.submit(() -> engine.runDue(Duration.ofSeconds(120))));
            }
            int total = 0;
            for (Future<Integer> m : moved) {
                total += m.get();
            }
            assertThat(total).as("each enrolment claimed by one engine").isEqualTo(CUSTOMERS);
        } finally {
            nodes.shutdown();
        }
        clock.advance(Duration.ofMinutes(2));
        run();

        assertThat(count(
                        "SELECT COUNT(*) FROM journey_step s JOIN journey_enrolment e ON e.id = s.enrolment_id"
                                + " WHERE e.journey_id = ?",
                        journey.id()))
                .isEqualTo(5L * CUSTOMERS);
        assertThat(count(
                        "SELECT COUNT(*) FROM email_message m JOIN journey_enrolment e"
                                + " ON e.id = m.source_id WHERE m.source = 'JOURNEY' AND e.journey_id = ?",
                        journey.id()))
                .isEqualTo((long) CUSTOMERS);
        assertThat(count(
                        "SELECT COUNT(DISTINCT m.customer_id) FROM email_message m JOIN journey_enrolment e"
                                + " ON e.id = m.source_id WHERE m.source = 'JOURNEY' AND e.journey_id = ?",
                        journey.id()))
                .isEqualTo((long) CUSTOMERS);
        assertThat(count(
                        "SELECT COUNT(*) FROM customer_attribute WHERE name = 'greeted' AND customer_id IN"
                                + " (SELECT customer_id FROM journey_enrolment WHERE journey_id = ?)",
                        journey.id()))
                .isEqualTo((long) CUSTOMERS);
        assertThat(statistics.steps(journey.id()).get("done").exited()).isEqualTo(CUSTOMERS);
        assertThat(statistics.steps(journey.id()).get("wait").waiting()).isZero();
    }

    private long count(String sql, long journeyId) {
        return jdbc.sql(sql).param(journeyId).query(Long.class).single();
    }
}
