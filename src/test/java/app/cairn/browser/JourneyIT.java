package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.ingest.ApiKeyManagement;
import app.cairn.journey.Journey;
import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyTemplate;
import app.cairn.journey.NodeType;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SmtpSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.testing.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A marketer builds a journey on the canvas (drags steps from the palette, connects them, sets them up in the side
 * panel), publishes it and watches it run: events sent to the ingest API enrol customers, the clock moves on, the
 * real Quartz engine job takes the steps, the e-mail arrives in GreenMail, the counts show on the steps; then the
 * marketer stops it.
 */
class JourneyIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    TemplateManagement templates;

    @Autowired
    MessagingSettings settings;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JourneyManagement journeys;

    @Autowired
    JourneyStatistics statistics;

    @Autowired
    Scheduler scheduler;

    @Autowired
    SegmentManagement segments;

    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private String tag;
    private String key;
    private EmailTemplate reminder;

    @BeforeEach
    void aShopWithATemplateAndAnApiKey() {
        tag = "j" + System.nanoTime();
        long sender = settings.saveSender(null, "Cairn Shop", tag + "@shop.example", null);
        settings.saveSmtp(
                new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, null, null, 0), "test");
        reminder = templates.save(
                null,
                new TemplateDraft(
                        "Cart reminder " + tag,
                        "Still thinking, {{ first_name }}?",
                        "",
                        "<p>Your cart is waiting.</p>",
                        sender,
                        null),
                "test");
        key = keys.create("journey browser test " + tag, "admin").secret();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aMarketerDrawsPublishesWatchesAndStopsAnAbandonedCartJourney() throws Exception {
        String adaEmail = subscriber("Ada");
        String boEmail = subscriber("Bo");
        page.setViewportSize(1680, 1050);
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("journeys"));
        VaadinPage.awaitReady(page);
        page.locator("#journeys-new").click();
        page.locator("#journeys-new-name input").fill("Carts " + tag);
        page.locator("#journeys-new-save").click();
        page.waitForURL(u -> u.matches(".*/journeys/edit/\\d+$"));
        JourneyEditorPage editor = JourneyEditorPage.at(page);
        assertThat(editor.problemCount()).contains("1 problem");

        editor.drop("ENTRY_EVENT", 30, 60)
                .choose("event", "Added to cart")
                .type("property", "cart_value")
                .choose("operator", "more than")
                .type("value", "50");
        editor.drop("WAIT_DURATION", 230, 220).wait("duration", 2, "hours");
        editor.drop("SEND_EMAIL", 30, 380).choose("template", "Cart reminder " + tag);
        editor.drop("EXIT", 230, 540);
        assertThat(editor.steps()).isEqualTo(4);
        assertThat(editor.stepText("exit-1")).contains("Exit");

        editor.click("journey-undo");
        assertThat(editor.steps()).as("undo takes the last step away").isEqualTo(3);
        editor.click("journey-redo");
        assertThat(editor.steps()).as("redo puts it back").isEqualTo(4);
        editor.pick("exit-1").click("journey-step-delete");
        assertThat(editor.steps()).as("deleted from its side panel").isEqualTo(3);
        editor.drop("EXIT", 230, 540);
        assertThat(page.locator("#journey-step-panel").getAttribute("data-step"))
                .as("a new step taking the deleted one's id opens in the side panel")
                .isEqualTo("exit-1");
        assertThat(page.locator("#journey-step-panel").innerText())
                .as("no internal step id is shown")
                .doesNotContain("exit-1");

        assertThat(editor.stepText("entry-event-1")).contains("Added to cart").contains("cart_value more than 50");
        assertThat(editor.stepText("wait-duration-1")).contains("2 h");
        assertThat(editor.stepText("send-email-1"))
                .as("an unconnected output is a problem shown on its step")
                .contains("⚠");
        editor.connect("entry-event-1", "next", "wait-duration-1")
                .connect("wait-duration-1", "next", "send-email-1")
                .connect("send-email-1", "next", "exit-1");
        assertThat(editor.connections()).isEqualTo(3);
        editor.pickNothing();
        page.locator("#journey-sending-rules input").uncheck();
        VaadinPage.awaitReady(page);
        assertThat(editor.problemCount()).isEqualTo("Ready to publish");

        editor.click("journey-publish");
        assertThat(editor.status()).isEqualTo("Live · version 1");
        long journeyId = Long.parseLong(page.url().replaceAll(".*/", ""));
        Journey saved = journeys.find(journeyId).orElseThrow();
        assertThat(saved.draft().nodes()).hasSize(4);
        assertThat(saved.draft().settings().sendingRules()).isFalse();

        assertThat(event(adaEmail, 80)).isEqualTo(201);
        assertThat(event(boEmail, 20)).isEqualTo(201);
        scheduler.triggerJob(JobKey.jobKey("journey-engine-a", "journey"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> statistics.steps(journeyId).containsKey("wait-duration-1"));
        assertThat(statistics.steps(journeyId).get("entry-event-1").entered())
                .as("only the cart over 50 enters")
                .isEqualTo(1);
        assertThat(statistics.steps(journeyId).get("wait-duration-1").waiting()).isEqualTo(1);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        scheduler.triggerJob(JobKey.jobKey("journey-engine-a", "journey"));
        assertThat(MAIL.waitForIncomingEmail(30_000, 1)).isTrue();
        List<MimeMessage> received = Arrays.asList(MAIL.getReceivedMessages());
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getAllRecipients()[0].toString()).isEqualTo(adaEmail);
        assertThat(received.getFirst().getSubject()).isEqualTo("Still thinking, Ada?");

        page.reload();
        editor = JourneyEditorPage.at(page);
        assertThat(editor.stepText("send-email-1")).contains("1 in").contains("1 on");
        assertThat(editor.stepText("exit-1")).contains("1 ended");
        editor.pick("send-email-1");
        assertThat(page.locator("#journey-step-figures").innerText()).contains("1 entered");

        page.navigate(url("journeys"));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#journeys-grid").innerText())
                .contains("Carts " + tag)
                .contains("Live");

        page.navigate(url("journeys/edit/" + journeyId));
        editor = JourneyEditorPage.at(page);
        editor.click("journey-stop");
        page.locator("#journey-stop-confirm").click();
        VaadinPage.awaitReady(page);
        assertThat(editor.status()).startsWith("Stopped");
        assertThat(journeys.find(journeyId).orElseThrow().status()).isEqualTo(JourneyStatus.STOPPED);
        assertThat(page.locator("cairn-journey-canvas [data-step-type]").count())
                .as("a stopped journey's canvas has no palette")
                .isZero();
    }

    @Test
    void aMarketerStartsFromTheWelcomeTemplateFillsInItsChoicesPublishesPausesAndResumesIt() {
        subscriber("Cy");
        Segment newsletter = segments.createStatic("Newsletter " + tag, null);
        page.setViewportSize(1680, 1050);
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        JourneyEditorPage editor = startFromTemplate("Welcome " + tag, "Welcome series");
        assertThat(editor.steps()).isEqualTo(6);
        assertThat(editor.connections()).isEqualTo(6);
        assertThat(editor.problemCount()).isEqualTo("3 problems");
        assertThat(editor.stepText("wait")).contains("2 day(s)");

        editor.pick("entry").choose("segment", newsletter.name());
        editor.pick("welcome");
        assertThat(page.locator("#journey-step-problems").innerText()).contains("Fill in 'E-mail template'");
        editor.choose("template", reminder.name());
        assertThat(page.locator("#journey-step-problems").count())
                .as("the panel's problems follow the settings")
                .isZero();
        editor.pick("reminder").choose("template", reminder.name());
        assertThat(editor.stepText("welcome")).contains(reminder.name());
        assertThat(editor.problemCount()).isEqualTo("Ready to publish");

        editor.click("journey-publish");
        assertThat(editor.status()).isEqualTo("Live · version 1");
        editor.click("journey-pause");
        assertThat(editor.status()).isEqualTo("Paused · version 1");
        editor.click("journey-resume");
        assertThat(editor.status()).isEqualTo("Live · version 1");
        long journeyId = Long.parseLong(page.url().replaceAll(".*/", ""));
        assertThat(journeys.versions(journeyId).getFirst().graph().nodes().stream()
                        .filter(n -> n.id().equals("entry"))
                        .findFirst()
                        .orElseThrow()
                        .settings())
                .containsEntry("segment", String.valueOf(newsletter.id()));
        journeys.stop(journeyId);
    }

    @Test
    void aTemplateOpensReadableTopToBottomWithoutOverlapsAndArrangesAndFoldsItsPanels() {
        page.setViewportSize(1400, 900);
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        JourneyEditorPage editor = startFromTemplate("Readable " + tag, "Welcome series");
        page.waitForCondition(() -> editor.boxes().values().stream().allMatch(b -> b[2] > 0));

        assertThat(editor.zoom()).as("opens at a readable zoom").isGreaterThanOrEqualTo(0.75);
        assertApart(editor.boxes());
        double input =
                editor.step("welcome").locator(".react-flow__handle.target").boundingBox().y;
        double output =
                editor.step("welcome").locator(".react-flow__handle.source").boundingBox().y;
        assertThat(input).as("the input is on top, the outputs below").isLessThan(output);
        assertThat(page.locator("cairn-journey-canvas .react-flow__minimap").count())
                .as("the overview map waits until asked for")
                .isZero();

        // a step dropped onto others pushes them apart
        editor.drop("SEND_EMAIL", 120, 60);
        page.waitForCondition(() -> editor.boxes().size() == 7);
        assertApart(editor.boxes());

        long journeyId = Long.parseLong(page.url().replaceAll(".*/", ""));
        page.locator("#journey-arrange").click();
        VaadinPage.awaitReady(page);
        Map<String, Double> saved = journeys.find(journeyId).orElseThrow().draft().nodes().stream()
                .collect(java.util.stream.Collectors.toMap(n -> n.id(), n -> n.y()));
        assertThat(saved.get("entry"))
                .as("arranged top to bottom from the entry")
                .isLessThan(saved.get("welcome"));
        assertThat(saved.get("welcome")).isLessThan(saved.get("wait"));
        assertApart(editor.boxes());

        double canvasWidth = page.locator("cairn-journey-canvas .react-flow").boundingBox().width;
        page.locator("#journey-palette-hide").click();
        page.locator("#journey-toggle-side").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#journey-side").isVisible()).isFalse();
        assertThat(page.locator("#journey-palette-show").isVisible()).isTrue();
        assertThat(page.locator("cairn-journey-canvas .react-flow").boundingBox().width)
                .as("the canvas gets the room")
                .isGreaterThan(canvasWidth + 300);
    }

    @Test
    void theEnrolDialogListsOnlyTheCustomersMatchingWhatIsTyped() {
        String family = "Enrolfind" + tag.replaceAll("[^A-Za-z]", "");
        for (String first : List.of("Ida", "Ivo")) {
            customers.create(
                    new CustomerDetails(
                            tag + "-" + first.toLowerCase() + "@example.org",
                            first,
                            family,
                            null,
                            "DE",
                            null,
                            null,
                            null,
                            null),
                    Instant.parse("2025-01-05T09:00:00Z"),
                    "test");
        }
        subscriber("Outsider");
        var journey = journeys.create(
                "Enrol " + tag,
                new JourneyGraph(
                        List.of(
                                new JourneyNode("entry", NodeType.ENTRY_MANUAL, Map.of(), 0, 0),
                                new JourneyNode("done", NodeType.EXIT, Map.of(), 0, 200)),
                        List.of(new JourneyEdge("entry", "next", "done"))),
                "tester");
        journeys.publish(journey.id(), "tester");
        try {
            openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
            page.navigate(url("journeys/edit/" + journey.id()));
            JourneyEditorPage.at(page).click("journey-enrol");
            page.locator("#journey-enrol-customers input").fill(family.substring(0, family.length() - 2));
            Locator options = page.locator("vaadin-multi-select-combo-box-item");
            page.waitForCondition(() ->
                    options.count() == 2 && options.allInnerTexts().stream().allMatch(t -> t.contains(family)));

            assertThat(options.allInnerTexts())
                    .allSatisfy(t -> assertThat(t).contains(family))
                    .anySatisfy(t -> assertThat(t).startsWith("Ida"))
                    .anySatisfy(t -> assertThat(t).startsWith("Ivo"));
        } finally {
            journeys.stop(journey.id());
        }
    }

    private static void assertApart(Map<String, double[]> boxes) {
        List<String> ids = List.copyOf(boxes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double[] a = boxes.get(ids.get(i));
                double[] b = boxes.get(ids.get(j));
                boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
                assertThat(overlap)
                        .as("%s and %s overlap", ids.get(i), ids.get(j))
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ABANDONED_CART, Abandoned cart",
        "WIN_BACK, Win-back",
        "REVIEW_REQUEST, Review request",
        "BIRTHDAY, Birthday"
    })
    void aMarketerStartsFromEachOtherTemplateFillsInItsChoicesPublishesAndStopsIt(
            JourneyTemplate template, String label) {
        Segment lapsed = segments.createStatic("Lapsed " + tag, null);
        page.setViewportSize(1680, 1050);
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        JourneyEditorPage editor = startFromTemplate(label + " " + tag, label);
        assertThat(editor.steps()).isEqualTo(template.graph().nodes().size());
        assertThat(editor.problemCount()).isNotEqualTo("Ready to publish");

        for (JourneyNode step : template.graph().nodes()) {
            switch (step.type()) {
                case ENTRY_SEGMENT -> editor.pick(step.id()).choose("segment", lapsed.name());
                case SEND_EMAIL -> editor.pick(step.id()).choose("template", reminder.name());
                case BRANCH_CONDITION -> {
                    editor.pick(step.id());
                    Locator condition = page.locator("#journey-step-panel .segment-condition")
                            .first();
                    VaadinPage.choose(page, condition.locator(".segment-field"), "Tag");
                    VaadinPage.choose(page, condition.locator(".segment-operator"), "has / is");
                    condition.locator(".segment-value input").fill("came-back");
                    condition.locator(".segment-value input").press("Tab");
                    VaadinPage.awaitReady(page);
                }
                default -> {
                    // set by the template
                }
            }
        }
        assertThat(editor.problemCount()).isEqualTo("Ready to publish");
        assertThat(page.locator("#journey-stop").isVisible())
                .as("a draft never published cannot be stopped")
                .isFalse();
        editor.click("journey-publish");
        assertThat(editor.status()).isEqualTo("Live · version 1");
        assertThat(page.locator("#journey-problem-count").isVisible())
                .as("a live journey without unpublished changes is not 'ready to publish'")
                .isFalse();

        editor.click("journey-stop");
        page.locator("#journey-stop-confirm").click();
        VaadinPage.awaitReady(page);
        assertThat(editor.status()).startsWith("Stopped");
        long journeyId = Long.parseLong(page.url().replaceAll(".*/", ""));
        assertThat(journeys.find(journeyId).orElseThrow().status()).isEqualTo(JourneyStatus.STOPPED);
        assertThat(journeys.versions(journeyId).getFirst().graph().nodes())
                .as("every choice made in the panel is in the published version")
                .allSatisfy(n -> {
                    switch (n.type()) {
                        case ENTRY_SEGMENT ->
                            assertThat(n.settings()).containsEntry("segment", String.valueOf(lapsed.id()));
                        case SEND_EMAIL ->
                            assertThat(n.settings()).containsEntry("template", String.valueOf(reminder.id()));
                        case BRANCH_CONDITION ->
                            assertThat(n.settings().get("rule")).contains("came-back");
                        default ->
                            assertThat(n.settings())
                                    .isEqualTo(template.graph().nodes().stream()
                                            .filter(t -> t.id().equals(n.id()))
                                            .findFirst()
                                            .orElseThrow()
                                            .settings());
                    }
                });
    }

    /** Opens the journeys list and starts a new journey from a template; answers its page. */
    private JourneyEditorPage startFromTemplate(String name, String templateLabel) {
        page.navigate(url("journeys"));
        VaadinPage.awaitReady(page);
        page.locator("#journeys-new").click();
        page.locator("#journeys-new-name input").fill(name);
        page.locator("#journeys-new-template vaadin-radio-button", new Page.LocatorOptions().setHasText(templateLabel))
                .click();
        page.locator("#journeys-new-save").click();
        page.waitForURL(u -> u.matches(".*/journeys/edit/\\d+$"));
        return JourneyEditorPage.at(page);
    }

    private String subscriber(String firstName) {
        String email = tag + "-" + firstName.toLowerCase() + "@example.com";
        long id = customers.create(
                new CustomerDetails(email, firstName, "Tester", null, "DE", "Berlin", "Europe/Berlin", "en", null),
                Instant.parse("2025-01-05T09:00:00Z"),
                "test");
        customers.setConsent(id, ConsentChannel.EMAIL, true, "signup form", LegalBasis.CONSENT, "test");
        return email;
    }

    private int event(String email, int cartValue) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("api/v1/events")))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                """
                                {"customerEmail":"%s","type":"ADDED_TO_CART","occurredAt":"%s",
                                 "properties":{"cart_value":%d}}""".formatted(email, clock.instant().truncatedTo(ChronoUnit.SECONDS), cartValue)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
