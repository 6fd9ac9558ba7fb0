package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.testing.CairnTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Canned replies: merge fields filled in as plain text, unknown fields refused when saved. */
@CairnTest
class MacrosTest {

    @Autowired
    Macros macros;

    @Autowired
    TicketManagement tickets;

    @Test
    void aMacroIsFilledInForTheTicketWithTheCustomersNameTheNumberAndTheAgent() {
        Ticket ticket = tickets.open(
                new NewTicket(
                        "Late parcel",
                        null,
                        CustomerFixtures.uniqueEmail("macro"),
                        "Anna Berg",
                        TicketChannel.API,
                        "Where is it?",
                        null,
                        true,
                        null,
                        null,
                        null,
                        "D8-4",
                        Set.of()),
                Actor.system("test"));
        Macro saved = macros.save(new Macro(
                null,
                "Tracking " + UUID.randomUUID(),
                "Hello {{ customer.first_name }}, your order {{ticket.order}} ({{ticket.number}}) is on its way. {{agent.name}}",
                TicketStatus.PENDING,
                TicketPriority.LOW,
                Set.of("Shipping"),
                false));

        Macro.Filled filled = macros.fill(saved.id(), ticket.number(), "Mia");

        assertThat(filled.text())
                .isEqualTo("Hello Anna, your order D8-4 (#" + ticket.number() + ") is on its way. Mia");
        assertThat(filled.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(filled.priority()).isEqualTo(TicketPriority.LOW);
        assertThat(filled.tags()).containsExactly("shipping");
    }

    @Test
    void anUnknownMergeFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> macros.save(new Macro(
                        null, "Broken " + UUID.randomUUID(), "Hi {{customer.password}}", null, null, Set.of(), false)))
                .isInstanceOf(TicketException.class)
                .satisfies(e -> assertThat(((TicketException) e).arguments()[0]).isEqualTo("{{customer.password}}"));
    }
}
