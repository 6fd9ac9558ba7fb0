package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.support.internal.search.TicketIndexFeed;
import app.cairn.testing.CairnTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paging through more than 10,000 hits returns every hit exactly once, in relevance and in date order; and a new
 * ticket or reply is found soon after its transaction commits, with no wait for anything but the index.
 */
@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketSearchPagingTest {

    private static final int TICKETS = 10_050;
    private static final String WORD = "pagingsubjectword";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TicketIndexFeed feed;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    TicketSearch search;

    @Autowired
    TicketManagement tickets;

    private final List<Long> numbers = new ArrayList<>();

    @BeforeAll
    void manyClosedTickets() {
        LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            // every tenth pair shares its update instant, so the cursor must break ties by number
            LocalDateTime at = base.plusSeconds(i / 2);
            rows.add(new Object[] {WORD + " " + (i % 7 == 0 ? WORD : "case") + " " + i, 1L, at, at});
        }
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("""
                    INSERT INTO ticket (subject, customer_id, channel, status, priority, created_at, updated_at)
                    VALUES (?, ?, 'API', 'CLOSED', 'LOW', ?, ?)""", rows);
            numbers.addAll(jdbc.queryForList("SELECT id FROM ticket WHERE subject LIKE ?", Long.class, WORD + " %"));
            feed.changed(numbers);
        });
        SearchFixtures.awaitIndexed(indexes);
    }

    @AfterAll
    void removeThem() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM ticket WHERE subject LIKE ?", WORD + " %");
            feed.changed(numbers);
        });
        SearchFixtures.awaitIndexed(indexes);
    }

    @Test
    void everyHitComesOnceWhenPagingPastTenThousandInEachOrder() {
        for (TicketSearchSort sort : TicketSearchSort.values()) {
            Set<Long> seen = new HashSet<>();
            int pages = 0;
            TicketSearchRequest request = new TicketSearchRequest(WORD, 1, ZoneOffset.UTC, sort, null, 200, true);
            TicketSearchResult page = search.search(request);
            assertThat(page.total()).as(sort.name()).isEqualTo(TICKETS);
            assertThat(page.totalExact()).isTrue();
            while (true) {
                for (TicketHit hit : page.hits()) {
                    assertThat(seen.add(hit.number()))
                            .as("%s: %d twice", sort, hit.number())
                            .isTrue();
                }
                pages++;
                if (page.next() == null) {
                    break;
                }
                page = search.search(request.from(page.next()));
            }
            assertThat(seen).as(sort.name()).hasSize(TICKETS).containsExactlyInAnyOrderElementsOf(numbers);
            assertThat(pages).isEqualTo((TICKETS + 199) / 200);
        }
    }

    @Test
    void withoutFacetsTheCountStopsAtTenThousandAndSaysSoWhilePagingStillReachesEveryHit() {
        TicketSearchResult first = search.search(
                TicketSearchRequest.of(WORD, 1, ZoneOffset.UTC, 200).withoutFacets());

        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isBetween(10_000L, (long) TICKETS);
        assertThat(first.facets()).isEmpty();
        assertThat(first.next()).isNotNull();
    }

    @Test
    void relevanceRanksTheSubjectsThatSayTheWordTwiceFirst() {
        TicketSearchResult first = search.search(TicketSearchRequest.of(WORD, 1, ZoneOffset.UTC, 100));

        assertThat(first.hits()).allSatisfy(hit -> assertThat(hit.subject()).startsWith(WORD + " " + WORD));
    }

    @Test
    void aNewTicketAndAReplyAreFoundSoonAfterTheyCommit() {
        Ticket opened = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        app.cairn.customer.CustomerFixtures.uniqueEmail("nrt"),
                        "Fresh nrtsubjectword",
                        "Hello"),
                Actor.system("test"));
        assertThat(foundWithin("nrtsubjectword", Duration.ofSeconds(5))).contains(opened.number());

        tickets.customerReply(opened.number(), TicketChannel.EMAIL, "The nrtreplyword arrived", null, null);
        assertThat(foundWithin("nrtreplyword", Duration.ofSeconds(5))).contains(opened.number());
    }

    private List<Long> foundWithin(String word, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        List<Long> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            found = search.search(TicketSearchRequest.of(word, 1, ZoneOffset.UTC, 10)).hits().stream()
                    .map(TicketHit::number)
                    .toList();
        }
        return found;
    }
}
