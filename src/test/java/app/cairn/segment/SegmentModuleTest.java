package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.TestClockConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The segment module started with only what it depends on (customer, commerce, scoring) and the platform: rules
 * are counted and lists kept without messaging, journeys or the API.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SegmentModuleTest {

    private final SegmentManagement segments;
    private final SegmentLists lists;
    private final SegmentMembership membership;
    private final CustomerManagement customers;

    SegmentModuleTest(
            SegmentManagement segments,
            SegmentLists lists,
            SegmentMembership membership,
            CustomerManagement customers) {
        this.segments = segments;
        this.lists = lists;
        this.membership = membership;
        this.customers = customers;
    }

    @Test
    void countsARuleAndKeepsAListWithOnlyItsDependencies() {
        long berliner = CustomerFixtures.berliner(customers, null);
        Segment list = segments.createStatic("Slice list", null);

        lists.addMembers(list.id(), List.of(berliner));

        assertThat(membership.memberIds(list.id(), 0, 10)).containsExactly(berliner);
        assertThat(segments.count(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE"), null))
                .isEqualTo(1);
    }
}
