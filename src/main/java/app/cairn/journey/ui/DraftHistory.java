package app.cairn.journey.ui;

import app.cairn.journey.JourneyGraph;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The drafts a page can go back and forth between: undo and redo, the last {@value #LIMIT} changes. */
final class DraftHistory implements Serializable {

    static final int LIMIT = 100;

    private final Deque<JourneyGraph> undo = new ArrayDeque<>();
    private final Deque<JourneyGraph> redo = new ArrayDeque<>();

    /** Remembers the draft as it was before a change; what could be redone is forgotten. */
    void changed(JourneyGraph before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The draft before the last change, remembering {@code current} for redo; empty when there is none. */
    Optional<JourneyGraph> undo(JourneyGraph current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    /** The draft the last undo left, remembering {@code current} for undo; empty when there is none. */
    Optional<JourneyGraph> redo(JourneyGraph current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
