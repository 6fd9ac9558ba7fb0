package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Known-answer ticket searches: stemming, Chinese words, phrases, filters, facets, ranking and roles. */
@CairnTest
class TicketSearchTest {

    private static final Actor SYSTEM = Actor.system("search-test");

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    TicketSearch search;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    StaffManagement staff;

    @Autowired
    MutableClock clock;

    private String marker;

    @BeforeEach
    void newMarker() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("mk");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        marker = letters.toString();
    }

    @Test
    void englishWordsAreFoundByTheirStemSoRefundFindsRefundedAndRefunding() {
        Ticket refunded = open("Money back " + marker, "Has my payment been refunded yet?");
        Ticket other = open("Sizes " + marker, "Do the shoes run small?");

        assertThat(numbers("refund " + marker)).containsExactly(refunded.number());
        assertThat(numbers("refunding " + marker)).containsExactly(refunded.number());
        assertThat(numbers("refun* " + marker)).containsExactly(refunded.number());
        assertThat(numbers(marker)).containsExactlyInAnyOrder(refunded.number(), other.number());
    }

    @Test
    void chineseTextIsFoundByWholeWordsNotBySingleCharactersOfThem() {
        Ticket chinese = open("退款 " + marker, "我想申请退款，包裹到现在还没有收到。" + marker);

        assertThat(numbers("退款 " + marker)).containsExactly(chinese.number());
        assertThat(numbers("包裹 " + marker)).containsExactly(chinese.number());
        assertThat(numbers("申请退款 " + marker)).containsExactly(chinese.number());
        assertThat(numbers("款包 " + marker)).isEmpty();
    }

    @Test
    void aQuotedPhraseFindsTheWordsInThatOrderWhileWordsFindThemAnywhere() {
        Ticket phrase = open("Damage " + marker, "The parcel arrived damaged this morning.");
        Ticket words = open("Box " + marker, "Damaged box; the parcel arrived late.");

        assertThat(numbers("\"parcel arrived damaged\" " + marker)).containsExactly(phrase.number());
        assertThat(numbers("parcel damaged " + marker)).containsExactlyInAnyOrder(phrase.number(), words.number());
        assertThat(numbers("parcel -late " + marker)).containsExactly(phrase.number());
    }

    @Test
    void aReplyIsSearchableAndAMatchInQuotedHistoryRanksBelowOneInNewText() {
        Ticket fresh = open("Question " + marker, "Hello");
        Ticket quoting = open("Other " + marker, "Hi");
        tickets.customerReply(fresh.number(), TicketChannel.EMAIL, "The voucher code failed", null, null);
        tickets.customerReply(
                quoting.number(),
                TicketChannel.EMAIL,
                "Thanks, solved.\n> The voucher code failed",
                null,
                "Thanks, solved.");

        assertThat(numbers("voucher " + marker)).containsExactly(fresh.number(), quoting.number());
    }

    @Test
    void filtersNarrowByStatusTagAssigneeRequesterAndOrder() {
        StaffMember agent = SupportFixtures.agent(staff);
        String email = CustomerFixtures.uniqueEmail("filters");
        Ticket tagged = tickets.open(
                NewTicket.fromCustomer(TicketChannel.EMAIL, email, "Lost " + marker, "Nothing came"), SYSTEM);
        Ticket plain = open("Found " + marker, "It came after all");
        updates.tag(tagged.number(), "vip", SYSTEM);
        updates.assign(tagged.number(), agent.id(), SYSTEM);
        updates.order(tagged.number(), "D8-" + marker, SYSTEM);
        updates.status(plain.number(), TicketStatus.SOLVED, SYSTEM);

        assertThat(numbers(marker + " tag:vip")).containsExactly(tagged.number());
        assertThat(numbers(marker + " -tag:vip")).containsExactly(plain.number());
        assertThat(numbers(marker + " status:solved")).containsExactly(plain.number());
        assertThat(numbers(marker + " from:" + email.toUpperCase())).containsExactly(tagged.number());
        assertThat(numbers("order:d8-" + marker)).containsExactly(tagged.number());
        assertThat(numbers("D8-" + marker)).containsExactly(tagged.number());
        assertThat(search.search(TicketSearchRequest.of(marker + " assignee:me", agent.id(), ZoneOffset.UTC, 50))
                        .hits())
                .extracting(TicketHit::number)
                .containsExactly(tagged.number());
        assertThat(numbers(marker + " assignee:none")).containsExactly(plain.number());
    }

    @Test
    void facetsCountEveryTicketFoundByStatusAndPriority() {
        Ticket first = open("One " + marker, "a");
        open("Two " + marker, "b");
        open("Three " + marker, "c");
        updates.status(first.number(), TicketStatus.PENDING, SYSTEM);
        updates.priority(first.number(), TicketPriority.URGENT, SYSTEM);
        SearchFixtures.awaitIndexed(indexes);

        TicketSearchResult result = search.search(TicketSearchRequest.of(marker, 1, ZoneOffset.UTC, 2));

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits()).hasSize(2);
        assertThat(counts(result, TicketFacet.Property.STATUS))
                .containsExactly(new TicketFacet.Count("NEW", 2), new TicketFacet.Count("PENDING", 1));
        assertThat(counts(result, TicketFacet.Property.PRIORITY)).contains(new TicketFacet.Count("URGENT", 1));
    }

    @Test
    void aSearchOfFiltersAloneListsTheMostRecentlyUpdatedFirst() {
        try {
            Ticket first = open("Oldest " + marker, "One");
            updates.tag(first.number(), marker, SYSTEM);
            clock.advance(Duration.ofMinutes(1));
            Ticket second = open("Middle " + marker, "Two");
            updates.tag(second.number(), marker, SYSTEM);
            clock.advance(Duration.ofMinutes(1));
            Ticket third = open("Newest " + marker, "Three");
            updates.tag(third.number(), marker, SYSTEM);
            clock.advance(Duration.ofMinutes(1));
            tickets.customerReply(first.number(), TicketChannel.EMAIL, "Any news?", null, null);

            // every hit scores the same without words: index or number order would put the first one elsewhere
            assertThat(numbers("tag:" + marker)).containsExactly(first.number(), third.number(), second.number());
        } finally {
            clock.reset();
        }
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
        open("Snippet " + marker, "My <b>parcel</b> was opened & the scarf is missing.");
        SearchFixtures.awaitIndexed(indexes);

        TicketSearchResult result = search.search(TicketSearchRequest.of("scarf " + marker, 1, ZoneOffset.UTC, 10));

        assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.snippets())
                .anySatisfy(snippet -> assertThat(snippet)
                        .contains("<mark>scarf</mark>")
                        .contains("&lt;b&gt;")
                        .doesNotContain("<b>")));
    }

    @Test
    void anUnknownFilterOrValueIsRefusedByName() {
        assertThatThrownBy(() -> numbers("stauts:open")).isInstanceOfSatisfying(TicketException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("support.search.error.filter-unknown");
            assertThat(refused.arguments()[0]).isEqualTo("stauts");
        });
        assertThatThrownBy(() -> numbers("status:opne")).isInstanceOfSatisfying(TicketException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("support.search.error.value-unknown");
            assertThat(refused.arguments()).startsWith("status", "opne");
        });
        assertThatThrownBy(() -> numbers("created:2026-13-01"))
                .isInstanceOfSatisfying(TicketException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("support.search.error.date"));
        assertThat(numbers("Re: " + marker)).isEmpty();
    }

    private Ticket open(String subject, String text) {
        return tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("search"), subject, text),
                SYSTEM);
    }

    private List<Long> numbers(String query) {
        SearchFixtures.awaitIndexed(indexes);
        return search.search(TicketSearchRequest.of(query, 1, ZoneOffset.UTC, 50)).hits().stream()
                .map(TicketHit::number)
                .toList();
    }

    private static List<TicketFacet.Count> counts(TicketSearchResult result, TicketFacet.Property property) {
        return result.facets().stream()
                .filter(f -> f.property() == property)
                .findFirst()
                .orElseThrow()
                .counts();
    }
}
