package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.TimelineEvent;
import app.cairn.customer.Consent;
import app.cairn.customer.ConsentChannel;
import app.cairn.messaging.internal.tracking.MessageLinks;
import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class TrackingTest extends MessagingTestSupport {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    CommerceManagement commerce;

    @Autowired
    MessageLinks links;

    private long ada;
    private String html;
    private String unsubscribeUrl;

    @BeforeEach
    void sendAdaABroadcast() throws Exception {
        ada = fixtures.subscriber("Ada");
        broadcasts.create(
                new NewBroadcast(
                        "Tracked " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada)).id(),
                        null,
                        7),
                "tester");
        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage message = receivedBy(fixtures.email(ada));
        html = (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        String header = message.getHeader("List-Unsubscribe")[0];
        unsubscribeUrl = header.substring(1, header.length() - 1);
    }

    @Test
    void aTrackedLinkRedirectsToItsTargetAndPutsTheClickOnTheTimeline() throws Exception {
        String tracked = Jsoup.parse(html).select("a[href*=/email/c/]").first().attr("href");

        HttpResponse<String> response = get(tracked);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("https://shop.example/new?src=mail");
        List<EventType> timeline =
                commerce.timeline(ada, 0, 10).stream().map(TimelineEvent::type).toList();
        assertThat(timeline).contains(EventType.EMAIL_CLICKED, EventType.EMAIL_OPENED);
    }

    @Test
    void aTargetWithCharactersAnAddressCannotCarryIsEncodedAndTheClickCounted() throws Exception {
        String tracked = Jsoup.parse(html).select("a[href*=/email/c/]").first().attr("href");
        long message = links.clickOf(tracked.substring(tracked.lastIndexOf('/') + 1))
                .orElseThrow()
                .messageId();
        String odd = links.click(message, "https://shop.example/a b/{x}|y\\z?q=caf\u00e9&p=50%25");

        HttpResponse<String> response = get(odd);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .contains("https://shop.example/a%20b/%7Bx%7D%7Cy%5Cz?q=caf%C3%A9&p=50%25");
        assertThat(commerce.timeline(ada, 0, 10).stream().map(TimelineEvent::type))
                .contains(EventType.EMAIL_CLICKED);
    }

    @Test
    void aLinkCheckersHeadRequestIsAnsweredButCountsNeitherClickNorOpen() throws Exception {
        String tracked = Jsoup.parse(html).select("a[href*=/email/c/]").first().attr("href");
        String pixel = Jsoup.parse(html).select("img[src*=/email/o/]").first().attr("src");

        HttpResponse<Void> click = head(tracked);
        HttpResponse<Void> open = head(pixel);

        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).contains("https://shop.example/new?src=mail");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(commerce.timeline(ada, 0, 10).stream().map(TimelineEvent::type))
                .doesNotContain(EventType.EMAIL_CLICKED, EventType.EMAIL_OPENED);
    }

    @Test
    void theOpenPixelIsAGifAndRecordsTheOpen() throws Exception {
        String pixel = Jsoup.parse(html).select("img[src*=/email/o/]").first().attr("src");

        HttpResponse<String> response = get(pixel);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(commerce.timeline(ada, 0, 10).stream().map(TimelineEvent::type))
                .contains(EventType.EMAIL_OPENED);
    }

    @Test
    void aForgedOrAlteredTokenGets404AndNeverRedirects() throws Exception {
        String tracked = Jsoup.parse(html).select("a[href*=/email/c/]").first().attr("href");
        String token = tracked.substring(tracked.lastIndexOf('/') + 1);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherTarget = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("c"
                                + new String(java.util.Base64.getUrlDecoder().decode(payload))
                                        .replace("https://shop.example/new?src=mail", "https://evil.example/"))
                        .substring(1)
                        .getBytes());
        String base = tracked.substring(0, tracked.lastIndexOf('/') + 1);

        assertThat(get(base + otherTarget + "." + signature).statusCode()).isEqualTo(404);
        assertThat(get(base + payload + "." + "AAAAAAAAAAAAAAAAAAAAAA").statusCode())
                .isEqualTo(404);
        assertThat(get(base + "not-a-token").statusCode()).isEqualTo(404);
        String pixel = Jsoup.parse(html).select("img[src*=/email/o/]").first().attr("src");
        String openToken = pixel.substring(pixel.lastIndexOf('/') + 1);
        assertThat(get(base + openToken).statusCode())
                .as("an open token is no click token")
                .isEqualTo(404);
        assertThat(post(unsubscribeUrl.replace("/email/unsubscribe/", "/email/unsubscribe/x"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void oneClickUnsubscribeWithdrawsEmailConsentWithItsSource() throws Exception {
        HttpResponse<String> response = post(unsubscribeUrl);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Consent> history = customers.consentHistory(ada);
        Consent latest = history.stream()
                .filter(c -> c.channel() == ConsentChannel.EMAIL)
                .reduce((first, second) -> second.changedAt().isAfter(first.changedAt()) ? second : first)
                .orElseThrow();
        assertThat(latest.granted()).isFalse();
        assertThat(latest.source()).isEqualTo("unsubscribe link");
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isFalse();
    }

    @Test
    void followingTheUnsubscribeLinkShowsAPageButDoesNotUnsubscribe() throws Exception {
        HttpResponse<String> response = get(unsubscribeUrl);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/unsubscribe/"));
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isTrue();
    }

    private HttpResponse<Void> head(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
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
