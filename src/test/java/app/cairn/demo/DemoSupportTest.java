package app.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.support.Macros;
import app.cairn.support.MessageKind;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketStatus;
import app.cairn.testing.CairnTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo support desk: tickets in both languages at every stage, with notes and canned replies, made once. */
@CairnTest
class DemoSupportTest {

    @Autowired
    CustomerManagement customers;

    @Autowired
    DemoSupport support;

    @Autowired
    TicketInbox inbox;

    @Autowired
    Macros macros;

    @Test
    void fillsTheDeskOnceWithTicketsInEnglishAndChineseAtEveryStage() {
        // customers of its own: another run of the generator would meet the demo addresses of the generator's test
        for (int i = 0; i < 12; i++) {
            customers.create(CustomerFixtures.tester("Demo" + i, "Europe/Berlin", null), null, "test");
        }

        List<Long> opened = support.create();
        List<Long> again = support.create();

        assertThat(opened).hasSize(12);
        assertThat(again).isEmpty();
        List<Ticket> tickets =
                opened.stream().map(n -> inbox.find(n).orElseThrow()).toList();
        assertThat(tickets)
                .extracting(Ticket::status)
                .contains(TicketStatus.NEW, TicketStatus.PENDING, TicketStatus.SOLVED);
        assertThat(tickets).extracting(Ticket::subject).contains("Where is my order?", "订单什么时候发货？");
        assertThat(tickets).allSatisfy(t -> assertThat(t.tags()).isNotEmpty());
        assertThat(opened.stream().flatMap(n -> inbox.messages(n, 0, 10).stream()))
                .anySatisfy(m -> assertThat(m.kind()).isEqualTo(MessageKind.NOTE));
        assertThat(macros.all()).extracting(m -> m.name()).contains("Parcel on its way", "Replacement sent");
    }
}
