/**
 * Each kind of journey step's settings as a typed record with its own checks and the fields of its form:
 * {@link app.cairn.journey.step.StepSettings} and its families ({@link app.cairn.journey.step.EntryStep},
 * {@link app.cairn.journey.step.WaitStep}, {@link app.cairn.journey.step.BranchStep},
 * {@link app.cairn.journey.step.ActionStep}, {@link app.cairn.journey.step.GoalStep},
 * {@link app.cairn.journey.step.ExitStep}). {@link app.cairn.journey.NodeType} registers each step kind's record
 * reader and form in one place; steps are stored as their settings' text, which the records are read from.
 */
package app.cairn.journey.step;
