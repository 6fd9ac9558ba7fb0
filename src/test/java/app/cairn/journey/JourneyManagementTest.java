package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.journey.internal.graph.JourneyValidator;
import app.cairn.shared.RefusedException;
import app.cairn.testing.CairnTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CairnTest
class JourneyManagementTest extends JourneyTestSupport {

    private JourneyGraph series;

    @BeforeEach
    void drawTheSeries() {
        series = JourneyFixtures.welcomeSeries(
                list(List.of()).id(),
                template("Welcome", "<p>Hi</p>").id(),
                template("Reminder", "<p>Hi again</p>").id());
    }

    @Test
    void aDraftWithProblemsIsSavedButNotPublished() {
        Journey journey = journeys.createFromTemplate(JourneyTemplate.WELCOME, "Welcome " + tag, "tester");

        assertThat(journeys.find(journey.id()).orElseThrow().draft()).isEqualTo(JourneyTemplate.WELCOME.graph());
        assertThat(journeys.problems(journey.id()))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("entry", "journey.problem.setting-required", "segment"),
                        new JourneyProblem("welcome", "journey.problem.setting-required", "template"),
                        new JourneyProblem("reminder", "journey.problem.setting-required", "template"));
        assertThatThrownBy(() -> journeys.publish(journey.id(), "tester"))
                .isInstanceOfSatisfying(JourneyNotPublishable.class, e -> assertThat(e.problems())
                        .hasSize(3));
        assertThat(journeys.find(journey.id()).orElseThrow().status()).isEqualTo(JourneyStatus.DRAFT);
    }

    @Test
    void publishingMakesUnchangeableVersionsAndTheJourneyLive() {
        Journey journey = journeys.create("Series " + tag, series, "tester");

        JourneyVersion first = journeys.publish(journey.id(), "tester");
        JourneyGraph changed = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "exit")
                .graph();
        journeys.saveDraft(journey.id(), changed);
        JourneyVersion second = journeys.publish(journey.id(), "tester");

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(journeys.versions(journey.id()))
                .extracting(JourneyVersion::graph)
                .containsExactly(series, changed);
        Journey live = journeys.find(journey.id()).orElseThrow();
        assertThat(live.status()).isEqualTo(JourneyStatus.LIVE);
        assertThat(live.liveVersion()).isEqualTo(2);
    }

    @Test
    void aJourneyIsPausedResumedAndStoppedForGood() {
        Journey journey = journeys.create("Lifecycle " + tag, series, "tester");
        journeys.publish(journey.id(), "tester");

        journeys.pause(journey.id());
        assertThat(journeys.find(journey.id()).orElseThrow().status()).isEqualTo(JourneyStatus.PAUSED);
        journeys.resume(journey.id());
        journeys.stop(journey.id());

        assertThat(journeys.find(journey.id()).orElseThrow().status()).isEqualTo(JourneyStatus.STOPPED);
        assertThatThrownBy(() -> journeys.resume(journey.id())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> journeys.publish(journey.id(), "tester"))
                .hasMessageContaining("journey.error.stopped");
    }

    @Test
    void aDuplicateIsANewDraftWithTheSameSteps() {
        Journey journey = journeys.create("Original " + tag, series, "tester");
        journeys.publish(journey.id(), "tester");

        Journey copy = journeys.duplicate(journey.id(), "Copy " + tag, "tester");

        assertThat(copy.status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(copy.draft()).isEqualTo(journey.draft());
        assertThat(journeys.versions(copy.id())).isEmpty();
        assertThatThrownBy(() -> journeys.duplicate(journey.id(), "Copy " + tag, "tester"))
                .hasMessageContaining("journey.error.name-taken");
    }

    @Test
    void aJourneyIsRenamedButNotToANameTakenOrBlank() {
        Journey first = journeys.create("First " + tag, series, "tester");
        journeys.create("Second " + tag, series, "tester");

        assertThat(journeys.rename(first.id(), "  Renamed " + tag + " ").name()).isEqualTo("Renamed " + tag);
        assertThatThrownBy(() -> journeys.rename(first.id(), "Second " + tag))
                .hasMessageContaining("journey.error.name-taken");
        assertThatThrownBy(() -> journeys.rename(first.id(), " ")).hasMessageContaining("journey.error.name");
        assertThat(journeys.find(first.id()).orElseThrow().name()).isEqualTo("Renamed " + tag);
    }

    @Test
    void everyTemplateIsDrawnCompleteExceptForTheMarketersChoices() {
        for (JourneyTemplate template : JourneyTemplate.values()) {
            List<JourneyProblem> problems = JourneyValidator.problems(template.graph());
            assertThat(problems)
                    .as(template.name())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("journey.problem.setting-required"))
                    .allSatisfy(p -> assertThat(p.argument()).isIn("segment", "template", "rule"));
        }
    }

    @Test
    void aJourneyReferringToWhatDoesNotExistOrDoesNotFitIsNotPublished() {
        long ruleSegment = segments.create(
                        "Rule " + tag,
                        null,
                        app.cairn.segment.RuleCondition.of(
                                app.cairn.segment.RuleField.COUNTRY, app.cairn.segment.RuleOperator.EQUALS, "DE"))
                .id();
        Journey journey = journeys.create(
                "References " + tag,
                JourneyFixtures.draw()
                        .step("entry", NodeType.ENTRY_EVENT, settings("event", "TELEPORTED"))
                        .step("send", NodeType.SEND_EMAIL, settings("template", "999999999"))
                        .step(
                                "list",
                                NodeType.SEGMENT_MEMBERSHIP,
                                settings("segment", String.valueOf(ruleSegment), "change", "add"))
                        .step(
                                "check",
                                NodeType.BRANCH_ENGAGEMENT,
                                settings("message", "list", "action", "opened", "hours", "24"))
                        .step("hook", NodeType.WEBHOOK, settings("url", "ftp://shop.example", "secret", "x"))
                        .step("profile", NodeType.UPDATE_PROFILE, settings("field", "note", "value", "x".repeat(1001)))
                        .step("done", NodeType.EXIT, settings())
                        .link("entry", "next", "send")
                        .link("send", "next", "list")
                        .link("list", "next", "check")
                        .link("check", "yes", "hook")
                        .link("check", "no", "done")
                        .link("hook", "next", "profile")
                        .link("profile", "next", "done")
                        .graph(),
                "tester");

        assertThat(journeys.problems(journey.id()))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("entry", "journey.problem.event-unknown", "TELEPORTED"),
                        new JourneyProblem("send", "journey.problem.template-missing", "999999999"),
                        new JourneyProblem("list", "journey.problem.segment-not-static", "Rule " + tag),
                        new JourneyProblem("check", "journey.problem.message-unknown", "list"),
                        new JourneyProblem("hook", "journey.problem.url", "ftp://shop.example"),
                        new JourneyProblem("profile", "journey.problem.value-too-long", "note"));
        assertThatThrownBy(() -> journeys.publish(journey.id(), "tester")).isInstanceOf(JourneyNotPublishable.class);
    }
}
