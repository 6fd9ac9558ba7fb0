package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.shared.RefusedException;
import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

@CairnTest
class TemplateManagementTest extends MessagingTestSupport {

    @Test
    void aSyntaxErrorIsRefusedWithItsPartAndLine() {
        TemplateDraft broken = new TemplateDraft(
                "Broken " + fixtures.tag,
                "Hello",
                null,
                "<p>one</p>\n<p>two</p>\n<p>{{ first_name </p>",
                fixtures.sender(),
                null);

        assertThatThrownBy(() -> templates.save(null, broken, "tester"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.problem().part()).isEqualTo("body");
                    assertThat(e.problem().line()).isEqualTo(3);
                });
        assertThat(templates.all()).noneMatch(t -> t.name().equals(broken.name()));
    }

    @Test
    void aTemplateThatIncludesAFileIsRefusedOnSaveAndOnPreview() {
        long ada = fixtures.subscriber("Ada");
        TemplateDraft reading = new TemplateDraft(
                "Reads a file " + fixtures.tag,
                "Hi {% include \"logs/cairn.log\" %}",
                null,
                "<p>x</p>",
                fixtures.sender(),
                null);

        assertThatThrownBy(() -> templates.preview(reading, ada))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        e -> assertThat(e.problem().part()).isEqualTo("subject"));
        assertThatThrownBy(() -> templates.save(null, reading, "tester")).isInstanceOf(TemplateSyntaxException.class);
        assertThat(templates.all()).noneMatch(t -> t.name().equals(reading.name()));
    }

    @Test
    void aTemplateWithoutSubjectOrSenderIsRefused() {
        assertThatThrownBy(() -> templates.save(
                        null,
                        new TemplateDraft("No subject " + fixtures.tag, " ", null, "<p>x</p>", fixtures.sender(), null),
                        "tester"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("messaging.error.template-subject");
        assertThatThrownBy(() -> templates.save(
                        null,
                        new TemplateDraft("No sender " + fixtures.tag, "Hi", null, "<p>x</p>", -1, null),
                        "tester"))
                .hasMessageContaining("messaging.error.sender-required");
    }

    @Test
    void thePreviewFillsMergeFieldsEscapedWithFallbacksAndCleansTheHtml() {
        long ada = fixtures.subscriber("Ada");
        jdbc.sql("UPDATE customer SET last_name = '<b>Lovelace</b>' WHERE id = ?")
                .param(ada)
                .update();
        long nameless = fixtures.subscriber("X");
        jdbc.sql("UPDATE customer SET first_name = NULL WHERE id = ?")
                .param(nameless)
                .update();
        TemplateDraft draft = new TemplateDraft(
                "Preview " + fixtures.tag,
                "Hi {{ first_name | default(\"there\") }}",
                null,
                "<p onclick=\"steal()\">Dear {{ first_name | default(\"there\") }} {{ last_name }}</p>"
                        + "<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"
                        + "{% for item in order_items %}<li>{{ item.name }}</li>{% else %}<p>No order yet</p>{% endfor %}",
                fixtures.sender(),
                null);

        ComposedEmail forAda = templates.preview(draft, ada);
        ComposedEmail forNameless = templates.preview(draft, nameless);

        assertThat(forAda.subject()).isEqualTo("Hi Ada");
        assertThat(forAda.html())
                .contains("Dear Ada &lt;b&gt;Lovelace&lt;/b&gt;")
                .contains("No order yet")
                .doesNotContain("<script", "onclick", "javascript:");
        assertThat(forAda.text()).contains("Dear Ada <b>Lovelace</b>");
        assertThat(forNameless.subject()).isEqualTo("Hi there");
    }

    @Test
    void aTestSendArrivesFilledForTheChosenCustomer() throws Exception {
        long ada = fixtures.subscriber("Ada");
        EmailTemplate template = fixtures.greeting();

        templates.sendTest(template.id(), ada, "marketer@shop.example");

        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage received = receivedBy("marketer@shop.example");
        assertThat(received.getSubject()).as("a test is marked as one").isEqualTo("[Test] Hello Ada");
    }

    @Test
    void aTestSendToAnInvalidAddressIsRefused() {
        EmailTemplate template = fixtures.greeting();
        assertThatThrownBy(() -> templates.sendTest(template.id(), null, "not an address"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("messaging.error.test-address");
    }
}
