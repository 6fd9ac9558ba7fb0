package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.messaging.MessagingSettings;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import app.cairn.testing.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The satisfaction survey: sent once a ticket is solved, answered once on its page, refused when forged or expired. */
@CairnTest
class SurveyTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");

    @Autowired
    Surveys surveys;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    SupportMailboxes mailboxes;

    @Autowired
    MessagingSettings messaging;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aMailboxToSendFrom() {
        SupportFixtures.sendingMailbox(messaging, mailboxes, MAIL.getSmtp().getPort(), "csat");
    }

    @AfterEach
    void cleanUp() {
        mailboxes.all().forEach(box -> mailboxes.delete(box.id()));
        clock.reset();
    }

    @Test
    void aSolvedTicketsCustomerRatesItOnceThroughTheLinkInTheSurveyMail() {
        Ticket ticket = SupportFixtures.lateParcel(tickets);
        updates.status(ticket.number(), TicketStatus.SOLVED, Actor.system("agent"));
        Events.awaitHandled(jdbc);
        String token = token(awaitSurvey(ticket.number()));

        assertThat(surveys.find(token).state()).isEqualTo(Surveys.State.OPEN);
        surveys.answer(token, 5, "Quick and kind.");

        assertThat(surveys.ofTicket(ticket.number())).singleElement().satisfies(c -> {
            assertThat(c.rating()).isEqualTo(5);
            assertThat(c.comment()).isEqualTo("Quick and kind.");
        });
        assertThat(surveys.find(token).state()).isEqualTo(Surveys.State.ANSWERED);
        assertThatThrownBy(() -> surveys.answer(token, 1, "Changed my mind"))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.survey.error.answered");
    }

    @Test
    void aForgedAnExpiredAndAnOutOfRangeAnswerAreRefused() {
        Ticket ticket = SupportFixtures.lateParcel(tickets);
        updates.status(ticket.number(), TicketStatus.SOLVED, Actor.system("agent"));
        Events.awaitHandled(jdbc);
        String token = token(awaitSurvey(ticket.number()));

        assertThat(surveys.find("forged-" + token).state()).isEqualTo(Surveys.State.UNKNOWN);
        assertThatThrownBy(() -> surveys.answer(token, 7, null))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.survey.error.rating");
        clock.advance(Surveys.VALIDITY.plusDays(1));
        assertThat(surveys.find(token).state()).isEqualTo(Surveys.State.EXPIRED);
        assertThatThrownBy(() -> surveys.answer(token, 4, null)).isInstanceOf(TicketException.class);
        assertThat(surveys.ofTicket(ticket.number()).getFirst().rating()).isNull();
    }

    private MimeMessage awaitSurvey(long number) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(m -> subject(m).startsWith("[#" + number + "]"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String token(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
