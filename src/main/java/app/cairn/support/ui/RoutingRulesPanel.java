package app.cairn.support.ui;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.support.RoutingRule;
import app.cairn.support.RoutingRules;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.TicketPriority;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The routing rules on the support settings page: in the order they are tried, with what each matches (intent,
 * sentiment, customer segment) and does (group, priority, tag), and a dialog to write or change one.
 */
final class RoutingRulesPanel extends VerticalLayout {

    private final transient RoutingRules rules;
    private final transient SupportGroups groups;
    private final transient SegmentManagement segments;
    private final Grid<RoutingRule> grid = new Grid<>();

    RoutingRulesPanel(RoutingRules rules, SupportGroups groups, SegmentManagement segments) {
        this.rules = rules;
        this.groups = groups;
        this.segments = segments;
        setPadding(false);
        Button create = new Button(getTranslation("support.rule.new"), e -> edit(null));
        create.setId("rule-new");
        grid.setId("support-rules");
        grid.setAllRowsVisible(true);
        grid.addColumn(RoutingRule::name)
                .setHeader(getTranslation("support.rule.name"))
                .setFlexGrow(2);
        grid.addColumn(this::conditions)
                .setHeader(getTranslation("support.rule.when"))
                .setFlexGrow(3);
        grid.addColumn(this::actions)
                .setHeader(getTranslation("support.rule.then"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::buttons).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("support.rule.none"));
        add(
                new H3(getTranslation("support.rule.title")),
                new Paragraph(getTranslation("support.rule.about")),
                create,
                grid);
        refresh();
    }

    private HorizontalLayout buttons(RoutingRule rule) {
        Button edit = new Button(getTranslation("support.settings.edit"), e -> edit(rule));
        Button earlier = new Button("↑", e -> move(rule, true));
        earlier.getElement().setAttribute("aria-label", getTranslation("support.rule.earlier"));
        Button later = new Button("↓", e -> move(rule, false));
        later.getElement().setAttribute("aria-label", getTranslation("support.rule.later"));
        earlier.setEnabled(!rule.archived());
        later.setEnabled(!rule.archived());
        Button archive = new Button(getTranslation("support.settings.archive"), e -> {
            rules.archive(rule.id());
            refresh();
        });
        archive.setEnabled(!rule.archived());
        Button delete = new Button(getTranslation("support.settings.delete"), e -> {
            rules.delete(rule.id());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(edit, earlier, later, archive, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, earlier, later, archive, delete);
    }

    private void move(RoutingRule rule, boolean earlier) {
        rules.move(rule.id(), earlier);
        refresh();
    }

    private String conditions(RoutingRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.archived()) {
            parts.add(getTranslation("support.settings.archived"));
        }
        if (rule.intent() != null) {
            parts.add(getTranslation("support.field.intent") + ": "
                    + getTranslation(rule.intent().messageKey()));
        }
        if (rule.sentiment() != null) {
            parts.add(getTranslation("support.field.sentiment") + ": "
                    + getTranslation("sentiment." + rule.sentiment().name()));
        }
        if (rule.segmentId() != null) {
            parts.add(getTranslation("support.rule.segment") + ": "
                    + segmentNames().getOrDefault(rule.segmentId(), "#" + rule.segmentId()));
        }
        return String.join(" · ", parts);
    }

    private String actions(RoutingRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.setGroupId() != null) {
            parts.add(getTranslation("support.field.group-name") + ": "
                    + groups.all().stream()
                            .filter(g -> g.id() == rule.setGroupId())
                            .map(SupportGroup::name)
                            .findFirst()
                            .orElse("#" + rule.setGroupId()));
        }
        if (rule.setPriority() != null) {
            parts.add(getTranslation("support.field.priority") + ": " + TicketLabels.label(this, rule.setPriority()));
        }
        if (rule.addTag() != null) {
            parts.add(getTranslation("support.field.tag") + ": " + rule.addTag());
        }
        return String.join(" · ", parts);
    }

    private Map<Long, String> segmentNames() {
        return segments.all().stream().collect(Collectors.toMap(Segment::id, Segment::name, (a, b) -> a));
    }

    private void edit(RoutingRule rule) {
        Dialog dialog = new Dialog(getTranslation(rule == null ? "support.rule.new" : "support.settings.edit"));
        TextField name = new TextField(getTranslation("support.rule.name"));
        name.setId("rule-name");
        name.setWidthFull();
        ComboBox<Intent> intent = box("rule-intent", "support.field.intent");
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        ComboBox<Sentiment> sentiment = box("rule-sentiment", "support.field.sentiment");
        sentiment.setItems(Sentiment.values());
        sentiment.setItemLabelGenerator(s -> getTranslation("sentiment." + s.name()));
        ComboBox<Segment> segment = box("rule-segment", "support.rule.segment");
        List<Segment> allSegments = segments.all();
        segment.setItems(allSegments);
        segment.setItemLabelGenerator(Segment::name);
        ComboBox<SupportGroup> group = box("rule-group", "support.field.group-name");
        group.setItems(groups.all().stream().filter(g -> !g.archived()).toList());
        group.setItemLabelGenerator(SupportGroup::name);
        ComboBox<TicketPriority> priority = box("rule-priority", "support.field.priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> TicketLabels.label(this, p));
        TextField tag = new TextField(getTranslation("support.field.tag"));
        tag.setId("rule-tag");
        if (rule != null) {
            name.setValue(rule.name());
            intent.setValue(rule.intent());
            sentiment.setValue(rule.sentiment());
            allSegments.stream()
                    .filter(s -> s.id() == (rule.segmentId() == null ? -1 : rule.segmentId()))
                    .findFirst()
                    .ifPresent(segment::setValue);
            group.getListDataView()
                    .getItems()
                    .filter(g -> rule.setGroupId() != null && g.id() == rule.setGroupId())
                    .findFirst()
                    .ifPresent(group::setValue);
            priority.setValue(rule.setPriority());
            tag.setValue(rule.addTag() == null ? "" : rule.addTag());
        }
        Paragraph error = new Paragraph();
        error.setId("rule-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        dialog.add(new VerticalLayout(
                name,
                new Paragraph(getTranslation("support.rule.when")),
                new HorizontalLayout(intent, sentiment, segment),
                new Paragraph(getTranslation("support.rule.then")),
                new HorizontalLayout(group, priority, tag),
                error));
        Button save = new Button(getTranslation("support.settings.save"), e -> {
            try {
                rules.save(new RoutingRule(
                        rule == null ? 0 : rule.id(),
                        name.getValue(),
                        0,
                        intent.getValue(),
                        sentiment.getValue(),
                        segment.getValue() == null ? null : segment.getValue().id(),
                        group.getValue() == null ? null : group.getValue().id(),
                        priority.getValue(),
                        tag.getValue(),
                        false));
                dialog.close();
                refresh();
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("support.cancel"), e -> dialog.close()), save);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private <T> ComboBox<T> box(String id, String label) {
        ComboBox<T> box = new ComboBox<>(getTranslation(label));
        box.setId(id);
        box.setClearButtonVisible(true);
        return box;
    }

    private void refresh() {
        grid.setItems(rules.all());
    }
}
