package app.cairn.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketMessage;
import app.cairn.support.TicketStatus;
import app.cairn.support.WebForms;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import app.cairn.textanalysis.Intent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Help articles and self-service: articles are cleaned and found by customers' words; a new ticket is answered at
 * once only as its intent's setting says; the customer's "answered" solves it and counts as answered without an
 * agent.
 */
@CairnTest
class SelfServiceTest {

    @Autowired
    HelpArticles articles;

    @Autowired
    SelfService selfService;

    @Autowired
    WebForms forms;

    @Autowired
    TicketInbox inbox;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void offAndTakenDown() {
        Events.awaitHandled(jdbc);
        HelpFixtures.suggestOnly(selfService);
        articles.page(ArticleStatus.PUBLISHED, 0, 1000).forEach(a -> articles.archive(a.id(), "test"));
    }

    @Test
    void keepsOnlySafeHtmlAndNamesWhatIsMissing() {
        HelpArticle saved = articles.save(
                HelpArticle.draft(
                        "Returns",
                        "<p onclick=\"steal()\">Send it back <b>within 30 days</b>.</p><script>alert(1)</script>",
                        "en",
                        null,
                        Intent.RETURN),
                "test");

        assertThat(saved.html()).isEqualTo("<p>Send it back <b>within 30 days</b>.</p>");
        assertThat(saved.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThatThrownBy(() -> articles.save(HelpArticle.draft(" ", "<p>x</p>", "en", null, null), "test"))
                .isInstanceOf(HelpException.class)
                .hasMessageContaining("help.error.title");
        assertThatThrownBy(
                        () -> articles.save(HelpArticle.draft("Empty", "<script>x</script>", "en", null, null), "test"))
                .hasMessageContaining("help.error.body");
        assertThatThrownBy(() -> articles.save(HelpArticle.draft("French", "<p>x</p>", "fr", null, null), "test"))
                .hasMessageContaining("help.error.language");
    }

    @Test
    void customersFindPublishedArticlesByTheirWordsInEitherLanguage() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        HelpArticle tracking = HelpFixtures.trackingArticle(articles, marker);
        HelpArticle chinese = articles.save(
                HelpArticle.draft("如何申请退款 " + marker, "<p>退货后七天内退款到原支付账户。</p>", "zh", "退款", Intent.REFUND), "test");
        articles.publish(chinese.id(), "test");
        HelpArticle draft = articles.save(
                HelpArticle.draft("Tracking draft " + marker, "<p>tracking parcels</p>", "en", null, null), "test");
        SearchFixtures.awaitIndexed(indexes);

        assertThat(articles.search("tracked parcels " + marker, 10))
                .extracting(HelpArticle::id)
                .contains(tracking.id())
                .doesNotContain(draft.id());
        assertThat(articles.search("退款 " + marker, 10))
                .extracting(HelpArticle::id)
                .contains(chinese.id());
        assertThat(articles.suggestions(Intent.WHERE_IS_MY_ORDER, "hello", 3))
                .extracting(HelpArticle::id)
                .first()
                .isEqualTo(tracking.id());
    }

    @Test
    void answersANewTicketAtOnceAndTheCustomersAnsweredSolvesIt() {
        HelpArticle tracking = HelpFixtures.trackingArticle(articles, "auto");
        HelpArticle returns = articles.save(
                HelpArticle.draft(
                        "Sending back a parcel that has arrived",
                        "<p>Parcels ordered by mistake can be sent back.</p>",
                        "en",
                        null,
                        Intent.RETURN),
                "test");
        articles.publish(returns.id(), "test");
        HelpFixtures.answerTrackingAtOnce(selfService);
        SearchFixtures.awaitIndexed(indexes);
        Instant before = Instant.now().minusSeconds(60);

        long number = submit("Where is my parcel?", "I ordered ten days ago and my parcel has not arrived yet.");
        Events.awaitHandled(jdbc);

        TicketMessage answer = forms.firstReply(number).orElseThrow();
        assertThat(answer.html()).contains("/help/articles/" + tracking.id()).contains("/help/answer/");
        assertThat(answer.html())
                .as("only articles written for the intent answer a customer, whatever words they share")
                .doesNotContain("/help/articles/" + returns.id() + "\"");
        assertThat(inbox.find(number).orElseThrow().status()).isEqualTo(TicketStatus.PENDING);
        String token = jdbc.sql("SELECT token FROM help_answer WHERE ticket_id = ?")
                .param(number)
                .query(String.class)
                .single();
        assertThat(selfService.answer(token).orElseThrow().articles())
                .extracting(HelpArticle::id)
                .contains(tracking.id());

        HelpAnswer answered = selfService.answered(token);
        selfService.answered(token);

        assertThat(answered.answered()).isTrue();
        assertThat(inbox.find(number).orElseThrow().status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(selfService.deflection(before))
                .filteredOn(d -> d.intent() == Intent.WHERE_IS_MY_ORDER)
                .singleElement()
                .satisfies(d -> assertThat(d.solved()).isPositive());
    }

    @Test
    void leavesTicketsToAgentsWhenOffSuggestingOrUnsure() {
        HelpFixtures.trackingArticle(articles, "unsure");
        SearchFixtures.awaitIndexed(indexes);
        selfService.save(new IntentSetting(Intent.WHERE_IS_MY_ORDER, SelfServiceMode.SUGGEST, 0.5));
        long suggested = submit("Where is my parcel?", "I ordered ten days ago and my parcel has not arrived yet.");
        selfService.save(new IntentSetting(Intent.WHERE_IS_MY_ORDER, SelfServiceMode.AUTO, 1.0));
        long unsure = submit("Where is my parcel?", "I ordered ten days ago and my parcel has not arrived yet.");
        Events.awaitHandled(jdbc);

        assertThat(staffReplies(suggested)).isEmpty();
        assertThat(staffReplies(unsure)).isEmpty();
        assertThatThrownBy(() -> selfService.save(new IntentSetting(Intent.REFUND, SelfServiceMode.AUTO, 0.2)))
                .hasMessageContaining("help.error.threshold");
    }

    @Test
    void aCustomerWhoStillNeedsHelpBringsTheTicketBackToTheAgents() {
        HelpFixtures.trackingArticle(articles, "still");
        HelpFixtures.answerTrackingAtOnce(selfService);
        SearchFixtures.awaitIndexed(indexes);
        long number = submit("Where is my parcel?", "I ordered ten days ago and my parcel has not arrived yet.");
        Events.awaitHandled(jdbc);
        String token = jdbc.sql("SELECT token FROM help_answer WHERE ticket_id = ?")
                .param(number)
                .query(String.class)
                .single();

        selfService.notAnswered(token);

        assertThat(inbox.find(number).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(selfService.answer(token).orElseThrow().answered()).isFalse();
    }

    private long submit(String subject, String text) {
        return forms.submit(
                        new WebForms.Submission("Ada", CustomerFixtures.uniqueEmail("self"), null, subject, text, ""),
                        "10.9." + UUID.randomUUID().hashCode(),
                        Locale.ENGLISH)
                .ticketNumber();
    }

    private List<TicketMessage> staffReplies(long number) {
        return inbox.messages(number, 0, 20).stream()
                .filter(m -> m.kind() == MessageKind.REPLY && m.authorType() == AuthorType.STAFF)
                .toList();
    }
}
