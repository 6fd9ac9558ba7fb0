package app.cairn.segment.ui;

import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.SegmentRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** A group of rules: all or any of them, optionally negated, with conditions and groups inside. */
class GroupEditor extends VerticalLayout implements RuleEditor {

    private final Select<RuleGroup.Match> match = new Select<>();
    private final Checkbox negated = new Checkbox();
    private final VerticalLayout members = new VerticalLayout();
    private final List<RuleEditor> editors = new ArrayList<>();
    private final Span problem = new Span();
    private final Runnable changed;

    /**
     * @param removed what removing the group does; null for the outermost group, which stays
     */
    GroupEditor(RuleGroup group, Runnable changed, Runnable removed) {
        this.changed = changed;
        addClassName("segment-group");
        setPadding(true);
        setSpacing(false);
        getStyle()
                .set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        match.setItems(RuleGroup.Match.values());
        match.setItemLabelGenerator(m -> getTranslation("segment.builder.match." + ConditionEditor.slug(m)));
        match.setValue(group.match() == null ? RuleGroup.Match.ALL : group.match());
        match.addClassName("segment-match");
        negated.setLabel(getTranslation("segment.builder.not"));
        negated.setValue(group.negated());
        negated.addClassName("segment-not");
        Button addCondition = new Button(getTranslation("segment.builder.add-condition"), VaadinIcon.PLUS.create());
        addCondition.addClassName("segment-add-condition");
        addCondition.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addCondition.addClickListener(e -> {
            addMember(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS));
            changed.run();
        });
        Button addGroup = new Button(getTranslation("segment.builder.add-group"), VaadinIcon.PLUS_SQUARE_O.create());
        addGroup.addClassName("segment-add-group");
        addGroup.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addGroup.addClickListener(e -> {
            addMember(RuleGroup.all(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS)));
            changed.run();
        });
        HorizontalLayout head = new HorizontalLayout(match, negated, addCondition, addGroup);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (removed != null) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removed.run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("segment.builder.remove"));
            head.add(remove);
        }
        problem.addClassName("segment-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        members.setPadding(false);
        add(head, problem, members);
        group.rules().forEach(this::addMember);
        match.addValueChangeListener(e -> changed.run());
        negated.addValueChangeListener(e -> changed.run());
    }

    private void addMember(SegmentRule rule) {
        Component[] holder = new Component[1];
        Runnable removed = () -> {
            int at = members.indexOf(holder[0]);
            members.remove(holder[0]);
            editors.remove(at);
            changed.run();
        };
        RuleEditor editor =
                switch (rule) {
                    case RuleGroup group -> new GroupEditor(group, changed, removed);
                    case RuleCondition condition -> new ConditionEditor(condition, changed, removed);
                };
        holder[0] = (Component) editor;
        editors.add(editor);
        members.add(holder[0]);
    }

    @Override
    public RuleGroup rule() {
        return new RuleGroup(
                match.getValue(),
                negated.getValue(),
                editors.stream().map(RuleEditor::rule).toList());
    }

    @Override
    public void showProblem(String path, String message) {
        problem.setText(problem.getText().isEmpty() ? message : problem.getText() + " " + message);
    }

    @Override
    public void clearProblems() {
        problem.setText("");
        editors.forEach(RuleEditor::clearProblems);
    }

    @Override
    public RuleEditor child(int position) {
        return position >= 1 && position <= editors.size() ? editors.get(position - 1) : null;
    }
}
