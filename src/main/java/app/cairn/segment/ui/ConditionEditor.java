package app.cairn.segment.ui;

import app.cairn.commerce.EventType;
import app.cairn.customer.ConsentChannel;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One condition of a rule: what it tests, how, and against which values. The choices follow the field: a field
 * offers only the operators it takes, a key where it needs one, a second value for "between", and a number of
 * days for events and purchases.
 */
class ConditionEditor extends HorizontalLayout implements RuleEditor {

    private final Select<RuleField> field = new Select<>();
    private final ComboBox<String> key = new ComboBox<>();
    private final Select<RuleOperator> operator = new Select<>();
    private final TextField value = new TextField();
    private final TextField secondValue = new TextField();
    private final IntegerField withinDays = new IntegerField();
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Span problem = new Span();

    ConditionEditor(RuleCondition condition, Runnable changed, Runnable removed) {
        addClassName("segment-condition");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        field.setItems(RuleField.values());
        field.setItemLabelGenerator(f -> getTranslation("segment.field." + slug(f)));
        field.setPlaceholder(getTranslation("segment.builder.field"));
        field.addClassName("segment-field");
        key.setAllowCustomValue(true);
        key.addCustomValueSetListener(e -> key.setValue(e.getDetail()));
        key.addClassName("segment-key");
        operator.setItemLabelGenerator(o -> getTranslation("segment.operator." + slug(o)));
        operator.addClassName("segment-operator");
        value.addClassName("segment-value");
        secondValue.addClassName("segment-second-value");
        withinDays.setMin(1);
        withinDays.setStepButtonsVisible(true);
        withinDays.setPlaceholder(getTranslation("segment.builder.any-time"));
        withinDays.setLabel(getTranslation("segment.builder.within-days"));
        withinDays.addClassName("segment-within-days");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("segment.builder.remove"));
        remove.addClickListener(e -> removed.run());
        problem.addClassName("segment-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(field, key, operator, value, secondValue, withinDays, remove, problem);
        show(condition);
        field.addValueChangeListener(e -> {
            fieldChosen(e.getValue());
            changed.run();
        });
        key.addValueChangeListener(e -> changed.run());
        operator.addValueChangeListener(e -> {
            arrange();
            changed.run();
        });
        value.addValueChangeListener(e -> changed.run());
        secondValue.addValueChangeListener(e -> changed.run());
        withinDays.addValueChangeListener(e -> changed.run());
    }

    private void show(RuleCondition condition) {
        field.setValue(condition.field());
        fieldChosen(condition.field());
        key.setValue(condition.key());
        operator.setValue(condition.operator());
        List<String> values = condition.values();
        if (condition.operator() == RuleOperator.BETWEEN) {
            value.setValue(values.isEmpty() ? "" : values.getFirst());
            secondValue.setValue(values.size() > 1 ? values.get(1) : "");
        } else {
            value.setValue(String.join(", ", values));
        }
        withinDays.setValue(condition.withinDays());
        arrange();
    }

    private void fieldChosen(RuleField chosen) {
        RuleOperator before = operator.getValue();
        List<RuleOperator> operators = chosen == null
                ? List.of()
                : Arrays.stream(RuleOperator.values())
                        .filter(chosen.kind().operators()::contains)
                        .toList();
        operator.setItems(operators);
        operator.setValue(operators.contains(before) ? before : operators.isEmpty() ? null : operators.getFirst());
        key.setVisible(chosen != null && chosen.needsKey());
        if (chosen == RuleField.CONSENT) {
            key.setItems(Arrays.stream(ConsentChannel.values()).map(Enum::name).toList());
        } else if (chosen == RuleField.EVENT) {
            key.setItems(Arrays.stream(EventType.values()).map(Enum::name).toList());
        } else {
            key.setItems(List.of());
        }
        key.setPlaceholder(
                chosen != null && chosen.needsKey() ? getTranslation("segment.builder.key." + slug(chosen)) : "");
        withinDays.setVisible(chosen != null && chosen.takesWindow());
        arrange();
    }

    /** Shows the value fields the operator takes. */
    private void arrange() {
        RuleOperator op = operator.getValue();
        RuleField chosen = field.getValue();
        boolean none = op == null
                || op == RuleOperator.IS_SET
                || op == RuleOperator.IS_NOT_SET
                || (chosen == RuleField.CONSENT);
        value.setVisible(!none);
        secondValue.setVisible(op == RuleOperator.BETWEEN);
        value.setPlaceholder(op == null ? "" : getTranslation(placeholder(chosen, op)));
    }

    private static String placeholder(RuleField chosen, RuleOperator op) {
        if (op == RuleOperator.IN_LAST_DAYS || op == RuleOperator.MORE_THAN_DAYS_AGO) {
            return "segment.builder.value.days";
        }
        if (chosen == RuleField.IN_SEGMENT) {
            return "segment.builder.value.segment";
        }
        if (chosen == RuleField.CLUSTER) {
            return "segment.builder.value.cluster";
        }
        return switch (chosen.kind()) {
            case DATE -> "segment.builder.value.date";
            case NUMBER -> "segment.builder.value.number";
            case COUNT -> "segment.builder.value.count";
            default -> "segment.builder.value.text";
        };
    }

    @Override
    public RuleCondition rule() {
        RuleOperator op = operator.getValue();
        List<String> values = new ArrayList<>();
        if (value.isVisible()) {
            if (op == RuleOperator.BETWEEN) {
                values.add(value.getValue());
                values.add(secondValue.getValue());
            } else if (takesList(op)) {
                Arrays.stream(value.getValue().split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .forEach(values::add);
            } else {
                values.add(value.getValue());
            }
        }
        return new RuleCondition(
                field.getValue(),
                key.isVisible() ? key.getValue() : null,
                op,
                values,
                withinDays.isVisible() ? withinDays.getValue() : null);
    }

    private boolean takesList(RuleOperator op) {
        RuleField chosen = field.getValue();
        return chosen != null
                && chosen.kind() != RuleField.Kind.NUMBER
                && chosen != RuleField.IN_SEGMENT
                && (op == RuleOperator.EQUALS
                        || op == RuleOperator.NOT_EQUALS
                        || op == RuleOperator.IS
                        || op == RuleOperator.IS_NOT);
    }

    @Override
    public void showProblem(String path, String message) {
        problem.setText(message);
    }

    @Override
    public void clearProblems() {
        problem.setText("");
    }

    @Override
    public RuleEditor child(int position) {
        return null;
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
