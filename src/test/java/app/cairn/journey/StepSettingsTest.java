package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.step.ActionStep;
import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.SettingField;
import app.cairn.journey.step.StepSettings;
import app.cairn.journey.step.WaitStep;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StepSettingsTest {

    @Test
    void everySettingAStepCannotDoWithoutHasAFieldInItsForm() {
        for (NodeType type : NodeType.values()) {
            Set<String> fields = type.form().stream()
                    .filter(f -> f.input() != SettingField.Input.NOTE)
                    .map(SettingField::name)
                    .collect(Collectors.toSet());
            assertThat(fields).as(type.name()).containsAll(type.read(Map.of()).missing());
        }
    }

    @Test
    void eachStepTypeIsReadAsItsOwnRecord() {
        assertThat(NodeType.WAIT_WINDOW.read(Map.of("days", "mon, fri", "from", "09:00", "until", "17:30")))
                .isEqualTo(new WaitStep.Window(
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 30)));
        assertThat(NodeType.SEGMENT_MEMBERSHIP.read(Map.of("segment", " 42 ", "change", "remove")))
                .isEqualTo(new ActionStep.Membership(42L, "remove"));
        assertThat(NodeType.EXPERIMENT.read(Map.of("percentages", "50, 50", "goal", "ORDER_PLACED", "route", "yes")))
                .isEqualTo(new BranchStep.Experiment(List.of(50, 50), "ORDER_PLACED", true));
        EntryStep.OnEvent entry = (EntryStep.OnEvent) NodeType.ENTRY_EVENT.read(
                Map.of("event", "ORDER_PLACED", "property", "total", "operator", "gte", "value", "100"));
        assertThat(entry.admits(Map.of("total", "120.50"))).isTrue();
        assertThat(entry.admits(Map.of("total", "99"))).isFalse();
        assertThat(((EntryStep.OnEvent) NodeType.ENTRY_EVENT.read(Map.of("event", "ORDER_PLACED"))).admits(Map.of()))
                .as("no condition lets every such event in")
                .isTrue();
    }

    @Test
    void aValueThatIsSetButUnreadableIsNamedOnceAndNotAlsoCalledMissing() {
        JourneyNode window = new JourneyNode("w", NodeType.WAIT_WINDOW, Map.of("days", "someday", "from", "9am"), 0, 0);

        assertThat(StepSettings.problems(window))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("w", "journey.problem.setting-required", "until"),
                        new JourneyProblem("w", "journey.problem.setting-unreadable", "days"),
                        new JourneyProblem("w", "journey.problem.setting-unreadable", "from"));
    }

    @Test
    void aKindsOwnChecksRunWithTheCommonOnes() {
        JourneyNode split = new JourneyNode("s", NodeType.SPLIT_RANDOM, Map.of("percentages", "60,30"), 0, 0);
        JourneyNode entry = new JourneyNode(
                "e",
                NodeType.ENTRY_EVENT,
                Map.of("event", "ORDER_PLACED", "property", "total", "operator", "about"),
                0,
                0);

        assertThat(StepSettings.problems(split))
                .containsExactly(new JourneyProblem("s", "journey.problem.split-percentages", null));
        assertThat(split.outputs()).containsExactly("a", "b");
        assertThat(StepSettings.problems(entry))
                .containsExactly(new JourneyProblem("e", "journey.problem.operator-unknown", "about"));
    }

    @Test
    void aWebhooksSecretIsNotWrittenWhereTheStepIsPrinted() {
        StepSettings webhook = NodeType.WEBHOOK.read(Map.of("url", "https://shop.example/hook", "secret", "s3cret"));

        assertThat(webhook.toString()).contains("shop.example").doesNotContain("s3cret");
    }
}
