package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.testing.CairnTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Merging a customer's duplicate tickets into the oldest. */
@CairnTest
class TicketMergeTest {

    private static final Actor AGENT = Actor.system("agent-test");

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    TicketMerges merges;

    @Autowired
    TicketInbox inbox;

    @Test
    void duplicatesJoinTheOldestTicketWhichGainsTheirMessagesAndTagsWhileTheyCloseAndPointToIt() {
        String email = CustomerFixtures.uniqueEmail("twice");
        Ticket first = tickets.open(NewTicket.fromCustomer(TicketChannel.EMAIL, email, "Late", "Where is it?"), AGENT);
        Ticket second =
                tickets.open(NewTicket.fromCustomer(TicketChannel.WEB_FORM, email, "Late!", "Still nothing."), AGENT);
        updates.tag(second.number(), "angry", AGENT);
        tickets.note(second.number(), "Asked DHL.", AGENT);

        Ticket kept = merges.merge(List.of(second.number(), first.number()), AGENT);

        assertThat(kept.number()).isEqualTo(first.number());
        assertThat(kept.messages()).isEqualTo(3);
        assertThat(kept.tags()).contains("angry");
        assertThat(inbox.messages(first.number(), 0, 10))
                .extracting(TicketMessage::text)
                .containsExactly("Where is it?", "Still nothing.", "Asked DHL.");
        Ticket closed = inbox.find(second.number()).orElseThrow();
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(inbox.messages(second.number(), 0, 10)).isEmpty();
        assertThat(merges.mergedInto(second.number())).contains(first.number());
        assertThat(inbox.history(first.number())).anySatisfy(change -> {
            assertThat(change.kind()).isEqualTo(TicketChange.Kind.MERGED);
            assertThat(change.newValue()).isEqualTo(Long.toString(second.number()));
        });
        assertThat(inbox.history(second.number()))
                .extracting(TicketChange::kind)
                .contains(TicketChange.Kind.MERGED_INTO, TicketChange.Kind.STATUS);
    }

    @Test
    void ticketsOfTwoCustomersOrASingleTicketAreNotMergedAndNothingChanges() {
        Ticket anna = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("anna"), "Hi", "A"), AGENT);
        Ticket ben = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("ben"), "Hi", "B"), AGENT);

        assertThatThrownBy(() -> merges.merge(Set.of(anna.number(), ben.number()), AGENT))
                .isInstanceOfSatisfying(TicketException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("support.error.merge-customers");
                    assertThat(refused.arguments())
                            .containsExactly(Long.toString(ben.number()), Long.toString(anna.number()));
                });
        assertThatThrownBy(() -> merges.merge(List.of(anna.number()), AGENT))
                .hasMessageContaining("support.error.merge-two");
        assertThat(inbox.find(ben.number()).orElseThrow().status()).isEqualTo(TicketStatus.NEW);
        assertThat(inbox.messages(ben.number(), 0, 10)).hasSize(1);
    }
}
