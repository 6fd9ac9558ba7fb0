package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.TimelineEvent;
import app.cairn.messaging.internal.tracking.LinkSigner;
import app.cairn.messaging.internal.tracking.MessageLinks;
import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed links carry the moment they were made, and each kind is valid for a documented time: opens and clicks are
 * counted for a year (a click link still leads to its address after that), unsubscribe links work for two years,
 * the preference centre for 90 days.
 */
@CairnTest
class LinkValidityTest extends MessagingTestSupport {

    private static final String TARGET = "https://shop.example/new?src=mail";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    CommerceManagement commerce;

    @Autowired
    MessageLinks links;

    @Autowired
    EmailPreferences preferences;

    private long ada;
    private long message;

    @BeforeEach
    void sendAdaABroadcast() throws Exception {
        ada = fixtures.subscriber("Ada");
        broadcasts.create(
                new NewBroadcast(
                        "Validity " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada)).id(),
                        null,
                        7),
                "tester");
        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage received = receivedBy(fixtures.email(ada));
        String html =
                (String) ((MimeMultipart) received.getContent()).getBodyPart(1).getContent();
        String tracked = Jsoup.parse(html).select("a[href*=/email/c/]").first().attr("href");
        message = links.clickOf(tracked.substring(tracked.lastIndexOf('/') + 1))
                .orElseThrow()
                .messageId();
    }

    @Test
    void aClickLinkOlderThanAYearStillLeadsToItsAddressButCountsNoClick() throws Exception {
        String old = madeDaysAgo(366, () -> links.click(message, TARGET));

        HttpResponse<String> response = get(old);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(TARGET);
        assertThat(timeline()).doesNotContain(EventType.EMAIL_CLICKED);
        assertThat(get(madeDaysAgo(364, () -> links.click(message, TARGET))).statusCode())
                .isEqualTo(302);
        assertThat(timeline()).as("counted within the year").contains(EventType.EMAIL_CLICKED);
    }

    @Test
    void anOpenPixelOlderThanAYearIsServedButCountsNoOpen() throws Exception {
        HttpResponse<String> response = get(madeDaysAgo(366, () -> links.open(message)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(timeline()).doesNotContain(EventType.EMAIL_OPENED);
    }

    @Test
    void aOneClickUnsubscribeOlderThanTwoYearsIsAnswered410AndChangesNothing() throws Exception {
        String old = madeDaysAgo(731, () -> links.unsubscribe(message));

        HttpResponse<String> response = post(old);

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.body()).contains("expired");
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isTrue();
        String token = old.substring(old.lastIndexOf('/') + 1);
        assertThat(preferences.unsubscribeLink(token)).isEqualTo(LinkStatus.EXPIRED);
        assertThat(preferences.unsubscribe(token)).isFalse();
        assertThat(preferences.preferencesLink(token)).isEmpty();
    }

    @Test
    void aPreferenceCentreLinkOlderThan90DaysOpensNothingAndOneOf89DaysStillDoes() {
        String expired = token(madeDaysAgo(91, () -> links.preferences(message)));
        String current = token(madeDaysAgo(89, () -> links.preferences(message)));

        assertThat(preferences.preferenceCentreLink(expired)).isEqualTo(LinkStatus.EXPIRED);
        assertThat(preferences.centre(expired)).isEmpty();
        assertThat(preferences.save(expired, false, Set.of())).isFalse();
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isTrue();
        assertThat(preferences.preferenceCentreLink(current)).isEqualTo(LinkStatus.VALID);
        assertThat(preferences.centre(current)).map(PreferenceCentre::address).contains(fixtures.email(ada));
    }

    @Test
    void aLinkMadeBeforeLinksCarriedTheirMomentCountsFromWhenTheSigningKeyWasMade() throws Exception {
        byte[] key = jdbc.sql("SELECT secret FROM email_signing_key WHERE id = 1")
                .query(byte[].class)
                .single();
        String legacy = legacyToken(key, "p" + message);

        assertThat(preferences.preferenceCentreLink(legacy)).isEqualTo(LinkStatus.VALID);
        clock.advance(LinkSigner.Kind.PREFERENCES.validity().plusDays(1));
        assertThat(preferences.preferenceCentreLink(legacy)).isEqualTo(LinkStatus.EXPIRED);
    }

    private String madeDaysAgo(int days, Supplier<String> link) {
        clock.advance(Duration.ofDays(-days));
        try {
            return link.get();
        } finally {
            clock.advance(Duration.ofDays(days));
        }
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String legacyToken(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(bytes) + "." + encoder.encodeToString(Arrays.copyOf(mac.doFinal(bytes), 16));
    }

    private List<EventType> timeline() {
        return commerce.timeline(ada, 0, 10).stream().map(TimelineEvent::type).toList();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
