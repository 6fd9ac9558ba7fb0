package app.cairn.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketHit;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketSearch;
import app.cairn.support.TicketSearchRequest;
import app.cairn.testing.CairnTest;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

/** Rebuilding the indexes from the database, with progress, and the status the index page and health show. */
@CairnTest
class SearchIndexesTest {

    @Autowired
    SearchIndexes indexes;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketSearch search;

    @Autowired
    ApplicationContext context;

    @Test
    void aRebuildReportsProgressToTheEndAndLeavesEveryTicketFindable() {
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API, CustomerFixtures.uniqueEmail("rebuild"), "Rebuildword here", "Text"),
                Actor.system("test"));
        SearchFixtures.awaitIndexed(indexes);

        assertThat(indexes.rebuildAll()).isTrue();
        SearchFixtures.awaitIndexed(indexes);

        RebuildProgress done = indexes.progress();
        assertThat(done.running()).isFalse();
        assertThat(done.failure()).isNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.indexes()).contains("tickets");
        assertThat(done.total()).isPositive();
        assertThat(done.done()).isEqualTo(done.total());
        assertThat(indexes.status().indexes())
                .filteredOn(index -> index.name().equals("tickets"))
                .singleElement()
                .satisfies(index -> {
                    assertThat(index.complete()).isTrue();
                    assertThat(index.documents()).isPositive();
                });
        assertThat(search.search(TicketSearchRequest.of("rebuildword", 1, ZoneOffset.UTC, 10))
                        .hits())
                .extracting(TicketHit::number)
                .contains(ticket.number());
    }

    @Test
    void healthReportsSearchUpWithEachIndexAndTheQueue() {
        SearchFixtures.awaitIndexed(indexes);

        Health health = context.getBean("search", HealthIndicator.class).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("backend", "indexes", "queued", "rebuilding");
        assertThat(health.getDetails().get("indexes").toString()).contains("tickets", "customers");
    }
}
