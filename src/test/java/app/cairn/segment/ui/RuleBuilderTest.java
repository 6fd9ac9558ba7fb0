package app.cairn.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.RuleProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule builder alone, without a browser or a server: what it shows and gives back. */
class RuleBuilderTest {

    final RuleBuilder builder = new RuleBuilder();

    @Test
    void givesBackTheNestedRuleItWasShown() {
        RuleGroup rule = RuleGroup.all(
                RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "DE", "AT"),
                RuleGroup.none(
                        RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.BETWEEN, "10", "99.50"),
                        RuleCondition.keyed(RuleField.CONSENT, "EMAIL", RuleOperator.IS)),
                new RuleGroup(
                        RuleGroup.Match.ANY,
                        false,
                        List.of(
                                RuleCondition.keyed(RuleField.EVENT, "ADDED_TO_CART", RuleOperator.COUNT_AT_LEAST, "2")
                                        .within(7),
                                RuleCondition.of(RuleField.BIRTHDAY, RuleOperator.IS_NOT_SET),
                                RuleCondition.keyed(RuleField.ATTRIBUTE, "tier", RuleOperator.GREATER_THAN, "3"))));

        builder.setRule(rule);

        assertThat(builder.rule()).isEqualTo(rule);
    }

    @Test
    void aConditionAloneIsShownInAGroupOfItsOwn() {
        builder.setRule(RuleCondition.of(RuleField.TAG, RuleOperator.IS, "vip"));

        assertThat(builder.rule()).isEqualTo(RuleGroup.all(RuleCondition.of(RuleField.TAG, RuleOperator.IS, "vip")));
    }

    @Test
    void showsEachProblemOnThePartItNamesAndClearsOldOnes() {
        builder.setRule(RuleGroup.all(
                RuleCondition.of(RuleField.CITY, RuleOperator.EQUALS, "Berlin"),
                RuleGroup.any(
                        RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.AT_LEAST, "x"),
                        RuleCondition.of(RuleField.CITY, RuleOperator.EQUALS))));

        builder.showProblems(List.of(new RuleProblem("2.2", "missing", List.of())), p -> "value missing");
        builder.showProblems(
                List.of(new RuleProblem("2.1", "type", List.of()), new RuleProblem("", "top", List.of())),
                p -> p.messageKey() + " here");

        assertThat(problemTexts(builder)).containsExactly("top here", "", "", "type here", "");
    }

    private static List<String> problemTexts(Component root) {
        return descendants(root)
                .filter(c -> c instanceof Span span && span.hasClassName("segment-problem"))
                .map(c -> ((Span) c).getText())
                .toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(RuleBuilderTest::descendants));
    }
}
