package app.cairn.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftHistoryTest {

    private static JourneyGraph steps(int n) {
        List<JourneyNode> nodes = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new JourneyNode("s" + i, NodeType.EXIT, Map.of(), i, 0))
                .toList();
        return new JourneyGraph(nodes, List.of());
    }

    @Test
    void undoGoesBackAndRedoForwardUntilANewChangeForgetsWhatCouldBeRedone() {
        DraftHistory history = new DraftHistory();
        history.changed(steps(0));
        history.changed(steps(1));
        JourneyGraph now = steps(2);

        assertThat(history.undo(now)).contains(steps(1));
        assertThat(history.undo(steps(1))).contains(steps(0));
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo(steps(0))).contains(steps(1));
        assertThat(history.canRedo()).isTrue();

        history.changed(steps(1));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo(steps(5))).isEmpty();
    }

    @Test
    void onlyTheLastHundredChangesCanBeUndone() {
        DraftHistory history = new DraftHistory();
        for (int i = 0; i < DraftHistory.LIMIT + 5; i++) {
            history.changed(steps(i));
        }
        JourneyGraph last = steps(0);
        int undone = 0;
        while (history.canUndo()) {
            last = history.undo(last).orElseThrow();
            undone++;
        }
        assertThat(undone).isEqualTo(DraftHistory.LIMIT);
        assertThat(last).isEqualTo(steps(5));
    }
}
