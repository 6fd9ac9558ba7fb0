package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The canned replies on the support settings page: a list, and a dialog to write or change one. */
final class MacrosPanel extends VerticalLayout {

    private final transient Macros macros;
    private final Grid<Macro> grid = new Grid<>();

    MacrosPanel(Macros macros) {
        this.macros = macros;
        setPadding(false);
        Button create = new Button(getTranslation("support.macro.new"), e -> edit(null));
        create.setId("macro-new");
        grid.setId("support-macros");
        grid.setAllRowsVisible(true);
        grid.addColumn(Macro::name).setHeader(getTranslation("support.macro.name"));
        grid.addColumn(m -> m.body().length() > 80 ? m.body().substring(0, 80) + "…" : m.body())
                .setHeader(getTranslation("support.macro.body"))
                .setFlexGrow(3);
        grid.addColumn(this::actions)
                .setHeader(getTranslation("support.macro.actions"))
                .setFlexGrow(2);
        grid.addComponentColumn(m -> {
                    Button edit = new Button(getTranslation("support.settings.edit"), e -> edit(m));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button archive = new Button(getTranslation("support.settings.archive"), e -> {
                        macros.archive(m.id());
                        refresh();
                    });
                    archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    archive.setEnabled(!m.archived());
                    Button delete = new Button(getTranslation("support.settings.delete"), e -> {
                        macros.delete(m.id());
                        refresh();
                    });
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return new HorizontalLayout(edit, archive, delete);
                })
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("support.macro.none"));
        add(new H3(getTranslation("support.macro.title")), create, grid);
        refresh();
    }

    private String actions(Macro macro) {
        StringBuilder text =
                new StringBuilder(macro.archived() ? getTranslation("support.settings.archived") + " · " : "");
        if (macro.status() != null) {
            text.append(getTranslation("support.macro.sets-status", TicketLabels.label(this, macro.status())))
                    .append(" ");
        }
        if (macro.priority() != null) {
            text.append(getTranslation("support.macro.sets-priority", TicketLabels.label(this, macro.priority())))
                    .append(" ");
        }
        if (!macro.tags().isEmpty()) {
            text.append(getTranslation("support.macro.adds-tags", String.join(", ", macro.tags())));
        }
        return text.toString().strip();
    }

    private void edit(Macro macro) {
        Dialog dialog = new Dialog(getTranslation(macro == null ? "support.macro.new" : "support.settings.edit"));
        TextField name = new TextField(getTranslation("support.macro.name"));
        name.setId("macro-name");
        name.setWidthFull();
        TextArea body = new TextArea(getTranslation("support.macro.body"));
        body.setId("macro-body");
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setHelperText(getTranslation(
                "support.macro.fields",
                Macro.FIELDS.stream().sorted().map(f -> "{{" + f + "}}").collect(Collectors.joining(" "))));
        ComboBox<TicketStatus> status = new ComboBox<>(getTranslation("support.macro.status"));
        status.setId("macro-status");
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> TicketLabels.label(this, s));
        status.setClearButtonVisible(true);
        ComboBox<TicketPriority> priority = new ComboBox<>(getTranslation("support.macro.priority"));
        priority.setId("macro-priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> TicketLabels.label(this, p));
        priority.setClearButtonVisible(true);
        TextField tags = new TextField(getTranslation("support.macro.tags"));
        tags.setId("macro-tags");
        if (macro != null) {
            name.setValue(macro.name());
            body.setValue(macro.body());
            status.setValue(macro.status());
            priority.setValue(macro.priority());
            tags.setValue(String.join(", ", macro.tags()));
        }
        Paragraph error = new Paragraph();
        error.setId("macro-error");
        dialog.add(new VerticalLayout(name, body, new HorizontalLayout(status, priority, tags), error));
        Button save = new Button(getTranslation("support.settings.save"), e -> {
            Set<String> tagSet = Arrays.stream(tags.getValue().split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            try {
                macros.save(new Macro(
                        macro == null ? null : macro.id(),
                        name.getValue(),
                        body.getValue(),
                        status.getValue(),
                        priority.getValue(),
                        tagSet,
                        false));
                dialog.close();
                refresh();
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("macro-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("support.cancel"), e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(macros.all());
    }
}
