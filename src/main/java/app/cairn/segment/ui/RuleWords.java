package app.cairn.segment.ui;

import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.RuleProblem;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/** A rule's problem in the staff member's words, with fields and operators by their labels. */
public final class RuleWords {

    private RuleWords() {}

    /** The problem as the page {@code on} words it in its locale. */
    public static String of(RuleProblem problem, Component on) {
        List<Object> arguments = new ArrayList<>(problem.arguments().stream()
                .map(a -> switch (a) {
                    case RuleField f -> on.getTranslation("segment.field." + ConditionEditor.slug(f));
                    case RuleOperator o -> on.getTranslation("segment.operator." + ConditionEditor.slug(o));
                    default -> a;
                })
                .toList());
        if (problem.messageKey().equals("segment.rule.value-type")) {
            arguments.set(1, on.getTranslation("segment.value-kind." + arguments.get(1)));
        }
        return on.getTranslation(problem.messageKey(), arguments.toArray());
    }
}
