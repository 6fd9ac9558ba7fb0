package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.EmailTemplate;
import app.cairn.segment.Segment;
import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

@CairnTest
class EmailJourneyTest extends JourneyTestSupport {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aWelcomeSeriesSendsTheWelcomeAndRemindsOnlyThoseWhoDidNotOpenIt() throws Exception {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        EmailTemplate welcome = template("Welcome {{ first_name }}", "<p>Hello {{ first_name }}, welcome!</p>");
        EmailTemplate reminder = template("Still there, {{ first_name }}?", "<p>We miss you.</p>");
        Segment newsletter = list(List.of());
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, settings("segment", String.valueOf(newsletter.id())))
                .step("welcome", NodeType.SEND_EMAIL, settings("template", String.valueOf(welcome.id())))
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "P2D"))
                .step(
                        "opened",
                        NodeType.BRANCH_ENGAGEMENT,
                        settings("message", "welcome", "action", "opened", "hours", "48"))
                .step("reminder", NodeType.SEND_EMAIL, settings("template", String.valueOf(reminder.id())))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "welcome")
                .link("welcome", "next", "wait")
                .link("wait", "next", "opened")
                .link("opened", "yes", "done")
                .link("opened", "no", "reminder")
                .link("reminder", "next", "done")
                .graph());

        lists.addMembers(newsletter.id(), List.of(ada, bo));
        assertThat(segmentEntries.enrolNew()).isEqualTo(2);
        run();

        awaitMail(2);
        MimeMessage toAda = mailTo(email(ada)).getFirst();
        assertThat(toAda.getSubject()).isEqualTo("Welcome Ada");
        assertThat(standing(journey.id(), ada).node()).isEqualTo("wait");
        open(toAda);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        run();

        awaitMail(3);
        assertThat(mailTo(email(bo)))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Welcome Bo", "Still there, Bo?");
        assertThat(mailTo(email(ada))).extracting(MimeMessage::getSubject).containsExactly("Welcome Ada");
        assertThat(path(journey.id(), ada))
                .containsExactly("entry:next", "welcome:next", "wait:next", "opened:yes", "done:-");
        assertThat(path(journey.id(), bo))
                .containsExactly("entry:next", "welcome:next", "wait:next", "opened:no", "reminder:next", "done:-");
        assertThat(standing(journey.id(), bo).endReason()).isEqualTo("EXITED");
        assertThat(segmentEntries.enrolNew()).as("an entry is handled once").isZero();
    }

    private void open(MimeMessage message) throws Exception {
        String html =
                (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        String pixel = Jsoup.parse(html).select("img[src*=/email/o/]").first().attr("src");
        HttpResponse<byte[]> response =
                http.send(HttpRequest.newBuilder(URI.create(pixel)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
