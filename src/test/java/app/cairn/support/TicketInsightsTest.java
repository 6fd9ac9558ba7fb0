package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.TextModels;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every customer message is read on arrival; the ticket is routed by its reading; an agent corrects its intent. */
@CairnTest
class TicketInsightsTest {

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketInsights insights;

    @Autowired
    TicketInbox inbox;

    @Autowired
    RoutingRules rules;

    @Autowired
    SupportGroups groups;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    TextModels models;

    @Autowired
    app.cairn.staff.StaffManagement staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketSearch search;

    @Autowired
    app.cairn.search.SearchIndexes indexes;

    @AfterEach
    void noRulesLeft() {
        rules.all().forEach(rule -> rules.delete(rule.id()));
        jdbc.sql("DELETE FROM text_label").update();
    }

    @Test
    void readsEachCustomerMessageOnArrival() {
        Ticket ticket = open("Where is my parcel?", "I ordered two weeks ago and nothing has arrived yet.");
        Events.awaitHandled(jdbc);

        TicketReading reading = insights.reading(ticket.number()).orElseThrow();
        assertThat(reading.intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(reading.intentConfidence()).isGreaterThan(0.4);
        assertThat(reading.language()).isEqualTo("en");
        assertThat(insights.messages(ticket.number())).hasSize(1);

        tickets.customerReply(
                ticket.number(), TicketChannel.API, "Still nothing. This is terrible service!", null, null);
        Events.awaitHandled(jdbc);

        assertThat(insights.reading(ticket.number()).orElseThrow().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(insights.reading(ticket.number()).orElseThrow().intent())
                .as("the intent stays the opening message's")
                .isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(insights.messages(ticket.number())).hasSize(2);
    }

    @Test
    void routesANewTicketByTheFirstRuleItsReadingMatches() {
        SupportGroup returns = groups.create("Returns " + UUID.randomUUID(), Set.of(), Assignment.MANUAL);
        Segment vip = segments.createStatic("VIP " + UUID.randomUUID(), null);
        Ticket probe = open("Hello", "Just a question.");
        lists.addMembers(vip.id(), List.of(probe.customerId()));
        RoutingRule toReturns = RoutingRule.named("Returns to the returns desk " + UUID.randomUUID());
        rules.save(new RoutingRule(0, toReturns.name(), 0, Intent.RETURN, null, null, returns.id(), null, null, false));
        rules.save(new RoutingRule(
                0,
                "Unhappy VIPs first " + UUID.randomUUID(),
                0,
                null,
                Sentiment.NEGATIVE,
                vip.id(),
                null,
                TicketPriority.HIGH,
                "vip-unhappy",
                false));

        Ticket ret = open("Return", "I want to return the shoes, they don't fit. How do I send them back?");
        Ticket angryVip = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        probe.customerId(),
                        "Awful",
                        "The jacket is terrible, the zipper broke after one day. Very disappointed!"),
                Actor.system("test"));
        Ticket angryOther = open("Awful", "The jacket is terrible, the zipper broke after one day. Very disappointed!");
        Events.awaitHandled(jdbc);

        assertThat(inbox.find(ret.number()).orElseThrow().groupId()).isEqualTo(returns.id());
        Ticket vipTicket = inbox.find(angryVip.number()).orElseThrow();
        assertThat(vipTicket.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(vipTicket.tags()).contains("vip-unhappy");
        assertThat(inbox.find(angryOther.number()).orElseThrow().priority())
                .as("not in the segment")
                .isEqualTo(TicketPriority.NORMAL);
    }

    @Test
    void anAgentsCorrectionIsKeptShownInTheInboxAndLearntFrom() {
        Ticket ticket = open("Question", "Could you gift wrap the scarf I ordered?");
        Events.awaitHandled(jdbc);
        long labels = models.labelCount(ModelTask.INTENT);
        var agent = SupportFixtures.agent(staff);

        TicketReading corrected =
                insights.correctIntent(ticket.number(), Intent.PRODUCT_QUESTION, SupportFixtures.as(agent));

        assertThat(corrected.intent()).isEqualTo(Intent.PRODUCT_QUESTION);
        assertThat(corrected.intentSetBy()).isEqualTo(agent.username());
        assertThat(models.labelCount(ModelTask.INTENT)).isEqualTo(labels + 1);
        InboxFilter products = new InboxFilter(
                InboxView.ALL, 0, null, null, null, null, ticket.customerId(), Intent.PRODUCT_QUESTION, null);
        assertThat(inbox.page(products, InboxSort.UPDATED, 0, 10))
                .extracting(TicketRow::number)
                .containsExactly(ticket.number());

        tickets.customerReply(ticket.number(), TicketChannel.API, "Hello? Any news about my refund?", null, null);
        Events.awaitHandled(jdbc);

        assertThat(insights.reading(ticket.number()).orElseThrow().intent())
                .as("a later message never overrides an agent's intent")
                .isEqualTo(Intent.PRODUCT_QUESTION);
    }

    @Test
    void findsAndCountsTicketsByIntentAndSentiment() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        Ticket lost = open("Where is my parcel " + marker, "My parcel " + marker + " never arrived, awful service.");
        Ticket happy = open("Thanks " + marker, "Thank you so much, the lamp " + marker + " is lovely!");
        Events.awaitHandled(jdbc);
        app.cairn.search.SearchFixtures.awaitIndexed(indexes);

        TicketSearchResult byIntent = search.search(
                TicketSearchRequest.of(marker + " intent:where-is-my-order", 1, java.time.ZoneOffset.UTC, 10));
        TicketSearchResult negative =
                search.search(TicketSearchRequest.of(marker + " sentiment:negative", 1, java.time.ZoneOffset.UTC, 10));

        assertThat(byIntent.hits()).extracting(TicketHit::number).containsExactly(lost.number());
        assertThat(negative.hits()).extracting(TicketHit::number).containsExactly(lost.number());
        TicketFacet intents = byIntent.facets().stream()
                .filter(f -> f.property() == TicketFacet.Property.INTENT)
                .findFirst()
                .orElseThrow();
        assertThat(intents.counts())
                .extracting(c -> c.value().toUpperCase(java.util.Locale.ROOT) + "=" + c.tickets())
                .containsExactly("WHERE_IS_MY_ORDER=1");
        assertThat(search.search(TicketSearchRequest.of(marker + " intent:praise", 1, java.time.ZoneOffset.UTC, 10))
                        .hits())
                .extracting(TicketHit::number)
                .containsExactly(happy.number());
    }

    @Test
    void refusesARuleWithoutConditionOrAction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.save(RoutingRule.named("Nothing")))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.rule.error.condition");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.save(
                        new RoutingRule(0, "No action", 0, Intent.REFUND, null, null, null, null, " ", false)))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.rule.error.action");
    }

    private Ticket open(String subject, String text) {
        return tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("reader"), subject, text),
                Actor.system("test"));
    }
}
