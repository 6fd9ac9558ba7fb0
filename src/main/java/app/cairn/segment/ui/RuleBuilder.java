package app.cairn.segment.ui;

import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentRule;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rule builder: nested groups of conditions, edited in place. It knows nothing of the database: it gives
 * the rule it shows ({@link #rule()}), tells listeners when the rule changes, and shows the problems it is
 * handed on the parts they name.
 */
public class RuleBuilder extends Composite<Div> {

    private final List<Consumer<SegmentRule>> listeners = new ArrayList<>();
    private GroupEditor root;

    public RuleBuilder() {
        getContent().setId("segment-rule");
        getContent().setWidthFull();
        setRule(null);
    }

    /** Shows the rule; a condition alone is shown inside a group, as the builder always starts with one. */
    public void setRule(SegmentRule rule) {
        RuleGroup group =
                switch (rule) {
                    case null -> RuleGroup.all(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS));
                    case RuleGroup g -> g;
                    case RuleCondition c -> RuleGroup.all(c);
                };
        root = new GroupEditor(group, this::changed, null);
        getContent().removeAll();
        getContent().add(root);
    }

    /** The rule as shown now (it may have problems). */
    public RuleGroup rule() {
        return root.rule();
    }

    /** Called with the rule after every change. */
    public void addRuleChangeListener(Consumer<SegmentRule> listener) {
        listeners.add(listener);
    }

    /** Shows each problem on the part it names, in the words given for it; clears those shown before. */
    public void showProblems(List<RuleProblem> problems, java.util.function.Function<RuleProblem, String> words) {
        root.clearProblems();
        for (RuleProblem problem : problems) {
            RuleEditor at = root;
            if (!problem.path().isEmpty()) {
                for (String step : problem.path().split("\\.")) {
                    RuleEditor next = at.child(Integer.parseInt(step));
                    if (next == null) {
                        break;
                    }
                    at = next;
                }
            }
            at.showProblem(problem.path(), words.apply(problem));
        }
    }

    private void changed() {
        RuleGroup rule = rule();
        listeners.forEach(listener -> listener.accept(rule));
    }
}
