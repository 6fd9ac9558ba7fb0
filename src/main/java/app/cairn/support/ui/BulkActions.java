package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.TicketMerges;
import app.cairn.support.TicketRow;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an agent can do to the tickets ticked in the inbox at once: assign, set a status, add a tag, merge duplicates.
 */
final class BulkActions extends HorizontalLayout {

    private final transient TicketUpdates updates;
    private final transient TicketMerges merges;
    private final transient Supplier<Set<TicketRow>> selected;
    private final Actor actor;
    private final transient Runnable done;
    private final Span count = new Span();

    BulkActions(
            TicketUpdates updates,
            TicketMerges merges,
            Collection<StaffMember> assignees,
            Supplier<Set<TicketRow>> selected,
            Actor actor,
            Runnable done) {
        this.updates = updates;
        this.merges = merges;
        this.selected = selected;
        this.actor = actor;
        this.done = done;
        setId("inbox-bulk");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        ComboBox<StaffMember> assignee = new ComboBox<>();
        assignee.setId("bulk-assignee");
        assignee.setPlaceholder(getTranslation("support.bulk.assign-to"));
        assignee.setItems(List.copyOf(assignees));
        assignee.setItemLabelGenerator(StaffMember::displayName);
        Button assign = new Button(
                getTranslation("support.bulk.assign"),
                e -> apply(numbers -> updates.assignAll(
                        numbers,
                        assignee.getValue() == null ? null : assignee.getValue().id(),
                        actor)));
        assign.setId("bulk-assign");
        ComboBox<TicketStatus> status = new ComboBox<>();
        status.setId("bulk-status");
        status.setPlaceholder(getTranslation("support.field.status"));
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> TicketLabels.label(this, s));
        Button setStatus = new Button(getTranslation("support.bulk.set-status"), e -> {
            if (status.getValue() != null) {
                apply(numbers -> updates.statusAll(numbers, status.getValue(), actor));
            }
        });
        setStatus.setId("bulk-set-status");
        TextField tag = new TextField();
        tag.setId("bulk-tag");
        tag.setPlaceholder(getTranslation("support.field.tag"));
        Button addTag = new Button(
                getTranslation("support.bulk.add-tag"),
                e -> apply(numbers -> updates.tagAll(numbers, tag.getValue(), actor)));
        addTag.setId("bulk-add-tag");
        Button merge =
                new Button(getTranslation("support.bulk.merge"), e -> apply(numbers -> merges.merge(numbers, actor)));
        merge.setId("bulk-merge");
        merge.setTooltipText(getTranslation("support.bulk.merge-help"));
        add(count, assignee, assign, status, setStatus, tag, addTag, merge);
        setSelection(0);
    }

    /** Shows the bar when tickets are ticked, with how many. */
    void setSelection(int tickets) {
        count.setText(getTranslation("support.bulk.selected", tickets));
        setVisible(tickets > 0);
    }

    private void apply(java.util.function.Consumer<List<Long>> action) {
        List<Long> numbers = selected.get().stream().map(TicketRow::number).toList();
        if (numbers.isEmpty()) {
            return;
        }
        try {
            action.accept(numbers);
            Notification.show(getTranslation("support.bulk.done", numbers.size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
