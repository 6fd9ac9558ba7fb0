package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class PreferencesTest extends MessagingTestSupport {

    @Autowired
    EmailPreferences preferences;

    @Test
    void leavingATopicInThePreferenceCentreLeavesTheCustomerOutOfThatTopicsBroadcasts() throws Exception {
        long topic = settings.saveTopic(null, "Offers " + fixtures.tag, "Discounts and sales");
        long ada = fixtures.subscriber("Ada");
        String token = preferencesToken(ada, fixtures.greeting());

        PreferenceCentre centre = preferences.centre(token).orElseThrow();
        assertThat(centre.address()).isEqualTo(fixtures.email(ada));
        assertThat(centre.subscribed()).isTrue();
        assertThat(centre.topics()).anyMatch(c -> c.topic().id() == topic && c.subscribed());

        assertThat(preferences.save(token, true, Set.of())).isTrue();

        EmailTemplate offers = templates.save(
                null,
                new TemplateDraft("Offers " + fixtures.tag, "Sale", null, "<p>Sale</p>", fixtures.sender(), topic),
                "tester");
        Broadcast sale = broadcasts.create(
                new NewBroadcast(
                        "Sale " + fixtures.tag,
                        offers.id(),
                        fixtures.list(List.of(ada)).id(),
                        null,
                        7),
                "tester");
        org.awaitility.Awaitility.await().untilAsserted(() -> {
            broadcasts.runDue();
            assertThat(broadcasts.report(sale.id()).skipped()).isEqualTo(Map.of(SkipReason.TOPIC_LEFT, 1));
        });
        assertThat(preferences.centre(token).orElseThrow().topics())
                .anyMatch(c -> c.topic().id() == topic && !c.subscribed());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_preference_change WHERE customer_id = ? AND topic_id = ?")
                        .params(ada, topic)
                        .query(Long.class)
                        .single())
                .as("the change is audited")
                .isEqualTo(1);
    }

    @Test
    void turningAllEmailOffWithdrawsConsentAndOnGivesItBack() throws Exception {
        long ada = fixtures.subscriber("Ada");
        String token = preferencesToken(ada, fixtures.greeting());

        preferences.save(token, false, Set.of());
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isFalse();

        preferences.save(token, true, Set.of());
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isTrue();
        assertThat(customers.consentHistory(ada)).extracting(c -> c.source()).contains("preference centre");
    }

    @Test
    void aTokenThatIsNotGenuineOpensNothing() {
        assertThat(preferences.centre("bm90LXNpZ25lZA.AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(preferences.save("nonsense", false, Set.of())).isFalse();
        assertThat(preferences.unsubscribeLink("nonsense")).isEqualTo(LinkStatus.NOT_GENUINE);
        assertThat(preferences.unsubscribe("nonsense")).isFalse();
    }

    /** Sends the customer the template and reads the preference centre's token from the delivered message. */
    private String preferencesToken(long customerId, EmailTemplate template) throws Exception {
        broadcasts.create(
                new NewBroadcast(
                        "Prefs " + fixtures.tag,
                        template.id(),
                        fixtures.list(List.of(customerId)).id(),
                        null,
                        7),
                "tester");
        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage message = receivedBy(fixtures.email(customerId));
        String html =
                (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        String link = Jsoup.parse(html).select("a[href*=/preferences/]").first().attr("href");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
