package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.staff.StaffMember;
import app.cairn.support.Assignment;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Creates a support group or changes one: its name, the agents in it and how its new tickets are assigned. */
final class GroupDialog extends Dialog {

    GroupDialog(SupportGroups groups, Collection<StaffMember> agents, SupportGroup group, Runnable saved) {
        setHeaderTitle(getTranslation(group == null ? "support.settings.new-group" : "support.settings.edit"));
        TextField name = new TextField(getTranslation("support.field.group-name"));
        name.setId("group-name");
        name.setWidthFull();
        MultiSelectComboBox<StaffMember> members =
                new MultiSelectComboBox<>(getTranslation("support.settings.members"));
        members.setId("group-members");
        members.setItems(List.copyOf(agents));
        members.setItemLabelGenerator(StaffMember::displayName);
        members.setWidthFull();
        ComboBox<Assignment> assignment = new ComboBox<>(getTranslation("support.settings.assignment"));
        assignment.setId("group-assignment");
        assignment.setItems(Assignment.values());
        assignment.setItemLabelGenerator(a ->
                getTranslation("support.assignment." + a.name().toLowerCase().replace('_', '-')));
        assignment.setValue(Assignment.MANUAL);
        assignment.setWidthFull();
        if (group != null) {
            assignment.setValue(group.assignment());
            name.setValue(group.name());
            members.setValue(agents.stream()
                    .filter(a -> group.memberIds().contains(a.id()))
                    .collect(Collectors.toSet()));
        }
        ComboBox<StaffMember> lead = new ComboBox<>(getTranslation("support.settings.lead"));
        lead.setId("group-lead");
        lead.setItems(List.copyOf(agents));
        lead.setItemLabelGenerator(StaffMember::displayName);
        lead.setHelperText(getTranslation("support.settings.lead-help"));
        lead.setClearButtonVisible(true);
        lead.setWidthFull();
        if (group != null) {
            groups.leadOf(group.id())
                    .flatMap(id -> agents.stream().filter(a -> a.id() == id).findFirst())
                    .ifPresent(lead::setValue);
        }
        Paragraph error = new Paragraph();
        error.setId("group-error");
        add(new VerticalLayout(name, members, assignment, lead, error));
        Button save = new Button(getTranslation("support.settings.save"), e -> {
            var ids = members.getValue().stream().map(StaffMember::id).collect(Collectors.toSet());
            if (lead.getValue() != null && !ids.contains(lead.getValue().id())) {
                error.setText(getTranslation("support.error.lead-not-member", name.getValue()));
                return;
            }
            try {
                long id = group == null
                        ? groups.create(name.getValue(), ids, assignment.getValue())
                                .id()
                        : groups.update(group.id(), name.getValue(), ids, assignment.getValue())
                                .id();
                groups.lead(id, lead.getValue() == null ? null : lead.getValue().id());
                close();
                saved.run();
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("support.cancel"), e -> close()), save);
        setWidth("32rem");
    }
}
