package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.internal.bounces.BounceParser;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BounceParserTest {

    @Test
    void aPlainTextBounceQuotingTheMessageIsFoundByItsHeaderAndItsSmtpReply() throws Exception {
        MimeMessage bounce = text("""
                This is the mail system at host mx.example.

                I'm sorry to have to inform you that your message could not be delivered.

                <ada@example.com>: host mx.example said: 550 5.1.1 <ada@example.com>: Recipient address rejected

                --- original message headers ---
                Message-ID: <cairn.42@shop.example>
                X-Cairn-Message: 42
                Subject: Hello Ada
                """);

        assertThat(BounceParser.parse(bounce)).hasValueSatisfying(b -> {
            assertThat(b.messageId()).isEqualTo(42);
            assertThat(b.permanent()).isTrue();
        });
    }

    @Test
    void aDelayNoticeIsNotPermanent() throws Exception {
        MimeMessage delay = text("""
                Delivery to the following recipient has been delayed: ada@example.com
                451 4.4.1 Connection timed out, still trying
                Message-ID: <cairn.7@shop.example>
                """);

        assertThat(BounceParser.parse(delay)).hasValueSatisfying(b -> {
            assertThat(b.messageId()).isEqualTo(7);
            assertThat(b.permanent()).isFalse();
        });
    }

    @Test
    void mailAboutNoCairnMessageIsNoBounce() throws Exception {
        assertThat(BounceParser.parse(text("Hello, where is my parcel? Message-ID: <abc@elsewhere.example>")))
                .isEmpty();
    }

    private static MimeMessage text(String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Undelivered Mail Returned to Sender");
        message.setText(body, "UTF-8");
        message.saveChanges();
        return message;
    }
}
