package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.internal.engine.JourneyEngine;
import app.cairn.testing.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The journey module started with only what it depends on (customer, commerce, segment, scoring, messaging) and
 * the platform: a journey is published and walked without the API, imports or the demo.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class JourneyModuleTest {

    private final JourneyManagement journeys;
    private final JourneyEngine engine;
    private final JourneyStatistics statistics;
    private final CustomerManagement customers;

    JourneyModuleTest(
            JourneyManagement journeys,
            JourneyEngine engine,
            JourneyStatistics statistics,
            CustomerManagement customers) {
        this.journeys = journeys;
        this.engine = engine;
        this.statistics = statistics;
        this.customers = customers;
    }

    @Test
    void walksAJourneyWithOnlyItsDependencies() {
        long customer = CustomerFixtures.berliner(customers, null);
        Journey journey = journeys.create(
                "Slice journey",
                new JourneyGraph(
                        List.of(
                                new JourneyNode("entry", NodeType.ENTRY_MANUAL, Map.of(), 0, 0),
                                new JourneyNode("done", NodeType.EXIT, Map.of(), 0, 200)),
                        List.of(new JourneyEdge("entry", "next", "done"))),
                "tester");
        journeys.publish(journey.id(), "tester");

        journeys.enrol(journey.id(), List.of(customer));
        engine.runDue(Duration.ofSeconds(30));

        assertThat(statistics.ofCustomer(customer)).singleElement().satisfies(entered -> assertThat(entered.endReason())
                .isEqualTo(EndReason.EXITED));
    }
}
