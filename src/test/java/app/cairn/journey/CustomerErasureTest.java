package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDuplicates;
import app.cairn.customer.CustomerErasure;
import app.cairn.customer.CustomerException;
import app.cairn.customer.HeldRecords;
import app.cairn.messaging.EmailTemplate;
import app.cairn.segment.Segment;
import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deleting a customer names what goes, then takes it all from every module at once and nothing of anyone else. */
@CairnTest
class CustomerErasureTest extends JourneyTestSupport {

    @Autowired
    CustomerErasure erasure;

    @Autowired
    CustomerDuplicates duplicates;

    @Test
    void deletingACustomerNamesAndRemovesTheirOrdersEventsEmailsEnrolmentsAndMemberships() {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        Segment list = list(List.of(ada, bo));
        EmailTemplate hello = template("Hello", "<p>Hello</p>");
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("hello", NodeType.SEND_EMAIL, settings("template", String.valueOf(hello.id())))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "hello")
                .link("hello", "next", "done")
                .graph());
        journeys.enrol(journey.id(), List.of(ada, bo));
        run();
        awaitMail(2);
        for (long customer : List.of(ada, bo)) {
            commerce.recordOrder(new OrderData(
                    "ER-" + UUID.randomUUID(),
                    customer,
                    Instant.parse("2026-01-10T10:00:00Z"),
                    OrderStatus.PAID,
                    "EUR",
                    List.of(new OrderLineData("ER-SKU", "Thing", 1, new BigDecimal("20.00")))));
            commerce.recordEvent(
                    customer, EventType.PRODUCT_VIEWED, "ER-SKU", Instant.parse("2026-01-09T10:00:00Z"), null);
        }

        assertThat(erasure.describe(ada))
                .contains(
                        new HeldRecords("erase.orders", 1),
                        new HeldRecords("erase.emails", 1),
                        new HeldRecords("erase.enrolments", 1),
                        new HeldRecords("erase.segments", 1))
                .anySatisfy(held -> assertThat(held.labelKey()).isEqualTo("erase.events"))
                .allSatisfy(held -> assertThat(held.count()).isPositive());

        erasure.delete(ada, "admin");

        assertThat(customers.find(ada)).isEmpty();
        for (String table :
                List.of("customer_order", "customer_event", "email_message", "journey_enrolment", "segment_member")) {
            assertThat(rows(table, ada)).as("%s of the deleted customer", table).isZero();
            assertThat(rows(table, bo)).as("%s of another customer", table).isPositive();
        }
        assertThat(segments.find(list.id()).orElseThrow().members()).isEqualTo(1);
        assertThatThrownBy(() -> erasure.describe(ada)).isInstanceOf(CustomerException.class);
    }

    @Test
    void deletingACustomerDeletesTheCustomersMergedIntoIt() {
        long kept = subscriber("Kept");
        long merged = subscriber("Merged");
        duplicates.merge(kept, merged, Set.of(), "marketer");

        assertThat(erasure.describe(kept)).contains(new HeldRecords("erase.merged", 1));
        erasure.delete(kept, "admin");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE id IN (?, ?)")
                        .params(kept, merged)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long rows(String table, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }
}
