package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.NewBroadcast;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Archive and delete from the list pages: what nothing names is deleted, what something used is archived and can
 * be restored, and what something still needs stays, with that thing named. Names start with "0" so that the
 * rows are first in lists sorted by name, whatever other tests left.
 */
class RemovalIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    SegmentManagement segments;

    @Autowired
    TemplateManagement templates;

    @Autowired
    MessagingSettings settings;

    @Autowired
    BroadcastManagement broadcasts;

    @Autowired
    JourneyManagement journeys;

    String tag;

    @BeforeEach
    void signIn() {
        tag = Long.toString(System.nanoTime());
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
    }

    @Test
    void aSegmentALiveJourneyUsesIsNotRemovedAndTheJourneyIsNamedWhileAnUnusedOneIsDeleted() {
        Segment used = segments.createStatic("0 used " + tag, null);
        Segment unused = segments.createStatic("0 unused " + tag, null);
        Journey journey = journeys.create("0 journey " + tag, entryFrom(used), "tester");
        journeys.publish(journey.id(), "tester");
        try {
            open("segments");

            remove(used.name());
            assertThat(dialogText()).contains("cannot be removed").contains("Journey \"" + journey.name() + "\"");
            page.locator(
                            "#removal-dialog vaadin-button",
                            new com.microsoft.playwright.Page.LocatorOptions().setHasText("Close"))
                    .click();
            assertThat(segments.find(used.id())).isPresent();

            remove(unused.name());
            assertThat(dialogText()).contains("Delete \"" + unused.name() + "\"?");
            confirm();
            assertThat(page.url()).as("the row's page did not open").endsWith("/segments");
            assertThat(segments.find(unused.id())).isEmpty();
            assertThat(row(unused.name()).count()).isZero();
        } finally {
            journeys.stop(journey.id());
        }
    }

    @Test
    void aTemplateABroadcastSentIsArchivedShownAmongTheArchivedAndRestored() {
        long sender = settings.saveSender(null, "Removal shop", "removal-" + tag + "@shop.example", null);
        EmailTemplate template = templates.save(
                null, new TemplateDraft("0 template " + tag, "Hello", "", "<p>Hello</p>", sender, null), "tester");
        Segment audience = segments.createStatic("0 audience " + tag, null);
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "0 broadcast " + tag,
                        template.id(),
                        audience.id(),
                        Instant.now().plus(Duration.ofDays(400)),
                        7),
                "tester");
        broadcasts.cancel(broadcast.id());
        open("templates");

        remove(template.name());
        assertThat(dialogText())
                .contains("Archive \"" + template.name() + "\"?")
                .contains("Broadcast \"" + broadcast.name() + "\"");
        confirm();
        assertThat(row(template.name()).count()).isZero();

        page.locator("#show-archived").click();
        VaadinPage.awaitReady(page);
        page.locator("[data-restore='" + template.name() + "']:visible").click();
        VaadinPage.awaitReady(page);
        assertThat(templates.all()).extracting(EmailTemplate::id).contains(template.id());

        open("broadcasts");
        remove(broadcast.name());
        assertThat(dialogText()).contains("Delete \"" + broadcast.name() + "\"?");
        confirm();
        assertThat(broadcasts.find(broadcast.id())).isEmpty();
    }

    @Test
    void aDraftJourneyIsDeletedAndAStoppedOneArchived() {
        Journey draft = journeys.create("0 draft " + tag, entryFrom(segments.createStatic("0 d " + tag, null)), "t");
        Journey stopped =
                journeys.create("0 stopped " + tag, entryFrom(segments.createStatic("0 s " + tag, null)), "t");
        journeys.publish(stopped.id(), "tester");
        journeys.stop(stopped.id());
        open("journeys");
        assertThat(row(stopped.name()).count()).as("listed before").isPositive();

        remove(draft.name());
        confirm();
        remove(stopped.name());
        assertThat(dialogText()).contains("Archive \"" + stopped.name() + "\"?");
        confirm();

        assertThat(journeys.find(draft.id())).isEmpty();
        assertThat(journeys.find(stopped.id()).orElseThrow().isArchived()).isTrue();
        assertThat(row(stopped.name()).count()).isZero();
    }

    private void open(String path) {
        page.navigate(url(path));
        VaadinPage.awaitReady(page);
    }

    private void remove(String name) {
        page.locator("[data-remove='" + name + "']:visible").click();
        page.locator("#removal-cancel").waitFor();
    }

    /** The dialog's title and text. */
    private String dialogText() {
        Locator dialog = page.locator("#removal-dialog");
        return dialog.getAttribute("aria-label") + "\n" + dialog.textContent();
    }

    private void confirm() {
        page.locator("#removal-confirm").click();
        VaadinPage.awaitReady(page);
    }

    /** The cells showing the name, on the page as it is loaded afresh (the grid keeps old cells out of view). */
    private Locator row(String name) {
        page.reload();
        VaadinPage.awaitReady(page);
        return page.locator(
                "vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name));
    }

    private static JourneyGraph entryFrom(Segment segment) {
        return new JourneyGraph(
                List.of(
                        new JourneyNode(
                                "entry", NodeType.ENTRY_SEGMENT, Map.of("segment", String.valueOf(segment.id())), 0, 0),
                        new JourneyNode("done", NodeType.EXIT, Map.of(), 0, 200)),
                List.of(new JourneyEdge("entry", "next", "done")));
    }
}
