package app.cairn.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketHit;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketSearch;
import app.cairn.support.TicketSearchRequest;
import app.cairn.support.TicketUpdates;
import app.cairn.testing.CairnTest;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue that feeds the index from every node: a change whose queue row a node took and then died with (its
 * transaction rolled back) is indexed by another node, once; while a node holds the row, others leave it alone.
 */
@CairnTest
class IndexQueueTest {

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    TicketSearch search;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    IndexQueue queue;

    @Autowired
    RebuildLease lease;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChangeWhoseIndexerDiedIsIndexedByAnotherOnceAndNotWhileItWasHeld() throws Exception {
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API, CustomerFixtures.uniqueEmail("queue"), "Queuebefore words", "Text"),
                Actor.system("test"));
        SearchFixtures.awaitIndexed(indexes);
        // the indexers of this node wait while a rebuild lease is held: the change is queued, not yet taken
        assertThat(lease.take()).isTrue();
        updates.subject(ticket.number(), "Queueafter words", Actor.system("test"));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch die = new CountDownLatch(1);
        CompletableFuture<List<IndexQueue.Queued>> deadNode = CompletableFuture.supplyAsync(() -> {
            try {
                return transactions.execute(status -> {
                    List<IndexQueue.Queued> taken = queue.claim(100);
                    claimed.countDown();
                    try {
                        die.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    status.setRollbackOnly();
                    return taken;
                });
            } finally {
                claimed.countDown();
            }
        });
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        lease.release();
        Thread.sleep(500);

        assertThat(numbers("queueafter")).as("held by the other node").isEmpty();

        die.countDown();
        assertThat(deadNode.get(30, TimeUnit.SECONDS))
                .contains(new IndexQueue.Queued("IndexedTicket", ticket.number()));
        SearchFixtures.awaitIndexed(indexes);
        assertThat(numbers("queueafter")).containsExactly(ticket.number());
        assertThat(numbers("queuebefore")).isEmpty();
        assertThat(numbers("words")).filteredOn(n -> n == ticket.number()).hasSize(1);
    }

    private List<Long> numbers(String word) {
        return search.search(TicketSearchRequest.of(word, 1, ZoneOffset.UTC, 200)).hits().stream()
                .map(TicketHit::number)
                .toList();
    }
}
