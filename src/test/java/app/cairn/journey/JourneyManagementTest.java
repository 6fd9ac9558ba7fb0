package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.shared.RefusedException;
import app.cairn.testing.CairnTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class JourneyManagementTest {

    @Autowired
    JourneyManagement journeys;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

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
        Journey journey = journeys.create("Series " + tag, JourneyFixtures.welcomeSeries(), "tester");

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
                .containsExactly(JourneyFixtures.welcomeSeries(), changed);
        Journey live = journeys.find(journey.id()).orElseThrow();
        assertThat(live.status()).isEqualTo(JourneyStatus.LIVE);
        assertThat(live.liveVersion()).isEqualTo(2);
    }

    @Test
    void aJourneyIsPausedResumedAndStoppedForGood() {
        Journey journey = journeys.create("Lifecycle " + tag, JourneyFixtures.welcomeSeries(), "tester");
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
        Journey journey = journeys.create("Original " + tag, JourneyFixtures.welcomeSeries(), "tester");
        journeys.publish(journey.id(), "tester");

        Journey copy = journeys.duplicate(journey.id(), "Copy " + tag, "tester");

        assertThat(copy.status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(copy.draft()).isEqualTo(journey.draft());
        assertThat(journeys.versions(copy.id())).isEmpty();
        assertThatThrownBy(() -> journeys.duplicate(journey.id(), "Copy " + tag, "tester"))
                .hasMessageContaining("journey.error.name-taken");
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
}
