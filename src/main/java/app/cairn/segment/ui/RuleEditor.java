package app.cairn.segment.ui;

import app.cairn.segment.SegmentRule;

/** A part of the rule builder: a group or a condition. */
interface RuleEditor {

    /** The rule as the editor shows it now. */
    SegmentRule rule();

    /** Shows a problem found at this part. */
    void showProblem(String path, String message);

    /** Removes the problems shown, here and below. */
    void clearProblems();

    /** The editor of a member of a group, from 1; null when there is none. */
    RuleEditor child(int position);
}
