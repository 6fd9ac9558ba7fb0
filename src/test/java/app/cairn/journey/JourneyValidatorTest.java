package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.internal.graph.JourneyValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyValidatorTest {

    @Test
    void aCompleteJourneyHasNoProblems() {
        assertThat(JourneyValidator.problems(JourneyFixtures.welcomeSeries(7, 1, 2)))
                .isEmpty();
    }

    @Test
    void aJourneyNeedsExactlyOneEntry() {
        JourneyGraph none =
                JourneyFixtures.draw().step("exit", NodeType.EXIT, Map.of()).graph();
        JourneyGraph two = JourneyFixtures.draw()
                .step("a", NodeType.ENTRY_MANUAL, Map.of())
                .step("b", NodeType.ENTRY_MANUAL, Map.of())
                .step("exit", NodeType.EXIT, Map.of())
                .link("a", "next", "exit")
                .link("b", "next", "exit")
                .graph();

        assertThat(JourneyValidator.problems(none))
                .contains(new JourneyProblem(null, "journey.problem.no-entry", null));
        assertThat(JourneyValidator.problems(two))
                .containsExactly(new JourneyProblem("b", "journey.problem.second-entry", null));
    }

    @Test
    void anUnconnectedOutputAndAnUnreachableStepAreShownOnTheirSteps() {
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("branch", NodeType.BRANCH_CONDITION, Map.of("rule", "{}"))
                .step("exit", NodeType.EXIT, Map.of())
                .step("lost", NodeType.SEND_EMAIL, Map.of("template", "1"))
                .link("entry", "next", "branch")
                .link("branch", "yes", "exit")
                .link("lost", "next", "exit")
                .graph();

        assertThat(JourneyValidator.problems(graph))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("branch", "journey.problem.output-unconnected", "no"),
                        new JourneyProblem("lost", "journey.problem.unreachable", null));
    }

    @Test
    void requiredSettingsAndSplitPercentagesAreChecked() {
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, Map.of())
                .step("split", NodeType.SPLIT_RANDOM, Map.of("percentages", "50,40"))
                .step("send", NodeType.SEND_EMAIL, Map.of("template", " "))
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "split")
                .link("split", "a", "send")
                .link("split", "b", "exit")
                .link("send", "next", "exit")
                .graph();

        assertThat(JourneyValidator.problems(graph))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("entry", "journey.problem.setting-required", "segment"),
                        new JourneyProblem("split", "journey.problem.split-percentages", null),
                        new JourneyProblem("send", "journey.problem.setting-required", "template"));
    }

    @Test
    void durationsWeekdaysAndTimesMustBeReadable() {
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "two days"))
                .step("window", NodeType.WAIT_WINDOW, Map.of("days", "MON,FRI", "from", "9 am", "until", "17:00"))
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "wait")
                .link("wait", "next", "window")
                .link("window", "next", "exit")
                .graph();

        assertThat(JourneyValidator.problems(graph))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("wait", "journey.problem.setting-unreadable", "duration"),
                        new JourneyProblem("window", "journey.problem.setting-unreadable", "from"));
    }

    @Test
    void aLoopIsAllowedOnlyWithAWaitInIt() {
        JourneyFixtures loop = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("send", NodeType.SEND_EMAIL, Map.of("template", "1"))
                .step("check", NodeType.BRANCH_CONDITION, Map.of("rule", "{}"))
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "send")
                .link("check", "yes", "exit");
        JourneyGraph withoutWait =
                loop.link("send", "next", "check").link("check", "no", "send").graph();
        JourneyGraph withWait = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("send", NodeType.SEND_EMAIL, Map.of("template", "1"))
                .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P7D"))
                .step("check", NodeType.BRANCH_CONDITION, Map.of("rule", "{}"))
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "send")
                .link("send", "next", "wait")
                .link("wait", "next", "check")
                .link("check", "yes", "exit")
                .link("check", "no", "send")
                .graph();

        assertThat(JourneyValidator.problems(withoutWait))
                .containsExactlyInAnyOrder(
                        new JourneyProblem("check", "journey.problem.loop-without-wait", null),
                        new JourneyProblem("send", "journey.problem.loop-without-wait", null));
        assertThat(JourneyValidator.problems(withWait)).isEmpty();
    }

    @Test
    void connectionsMustLeaveByARealOutputOnceAndNeverLeadIntoTheEntry() {
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, Map.of())
                .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P1D"))
                .step("exit", NodeType.EXIT, Map.of())
                .link("entry", "next", "wait")
                .link("wait", "next", "exit")
                .link("wait", "next", "entry")
                .link("wait", "maybe", "exit")
                .link("exit", "next", "wait")
                .link("wait", "next", "nowhere")
                .graph();

        assertThat(JourneyValidator.problems(graph))
                .containsExactlyInAnyOrderElementsOf(List.of(
                        new JourneyProblem("entry", "journey.problem.into-entry", null),
                        new JourneyProblem("wait", "journey.problem.unknown-output", "maybe"),
                        new JourneyProblem("exit", "journey.problem.unknown-output", "next"),
                        new JourneyProblem("wait", "journey.problem.unknown-step", "nowhere")));
    }
}
