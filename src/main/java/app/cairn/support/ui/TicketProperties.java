package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.SupportGroup;
import app.cairn.support.Ticket;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketType;
import app.cairn.support.TicketUpdates;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ticket's fields beside its conversation. Changing one saves that one field at once (and only it); the page is
 * then told, to show the ticket as it now is.
 */
final class TicketProperties extends VerticalLayout {

    private final ComboBox<TicketStatus> status = new ComboBox<>();
    private final ComboBox<TicketPriority> priority = new ComboBox<>();
    private final ComboBox<TicketType> type = new ComboBox<>();
    private final ComboBox<StaffMember> assignee = new ComboBox<>();
    private final ComboBox<SupportGroup> group = new ComboBox<>();
    private final TextField order = new TextField();
    private final FlexLayout tags = new FlexLayout();
    private final TextField newTag = new TextField();
    private final Paragraph error = new Paragraph();
    private final transient TicketUpdates updates;
    private final Actor actor;
    private final transient Consumer<Ticket> changed;
    private boolean filling;
    private Ticket ticket;

    TicketProperties(
            TicketUpdates updates,
            Actor actor,
            Collection<StaffMember> assignees,
            List<SupportGroup> groups,
            Consumer<Ticket> changed) {
        this.updates = updates;
        this.actor = actor;
        this.changed = changed;
        setId("ticket-properties");
        setPadding(false);
        setWidth("18rem");
        label(status, "status", "support.field.status");
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> TicketLabels.label(this, s));
        label(priority, "priority", "support.field.priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> TicketLabels.label(this, p));
        label(type, "type", "support.field.type");
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(t -> TicketLabels.label(this, t));
        type.setClearButtonVisible(true);
        label(assignee, "assignee", "support.field.assignee");
        assignee.setItems(List.copyOf(assignees));
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        label(group, "group", "support.field.group-name");
        group.setItems(groups.stream().filter(g -> !g.archived()).toList());
        group.setItemLabelGenerator(SupportGroup::name);
        group.setClearButtonVisible(true);
        order.setId("ticket-order");
        order.setLabel(getTranslation("support.field.order-short"));
        order.setWidthFull();
        newTag.setId("ticket-new-tag");
        newTag.setPlaceholder(getTranslation("support.field.tag"));
        newTag.setWidthFull();
        tags.setId("ticket-tags");
        tags.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tags.getStyle().set("gap", "var(--lumo-space-xs)");
        error.setId("ticket-properties-error");
        add(status, priority, type, assignee, group, order, tags, newTag, error);
        on(status, v -> updates.status(number(), v, actor));
        on(priority, v -> updates.priority(number(), v, actor));
        on(type, v -> updates.type(number(), v, actor));
        on(assignee, v -> updates.assign(number(), v == null ? null : v.id(), actor));
        on(group, v -> updates.group(number(), v == null ? null : v.id(), actor));
        on(order, v -> updates.order(number(), v, actor));
        newTag.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> {
            if (!newTag.getValue().isBlank()) {
                save(() -> updates.tag(number(), newTag.getValue(), actor));
                newTag.clear();
            }
        });
    }

    /** Shows the ticket's fields as they are now. */
    void show(Ticket current, Collection<StaffMember> assignees, List<SupportGroup> groups) {
        filling = true;
        ticket = current;
        status.setValue(current.status());
        priority.setValue(current.priority());
        type.setValue(current.type());
        assignee.setValue(assignees.stream()
                .filter(m -> m.id() == (current.assigneeId() == null ? -1 : current.assigneeId()))
                .findFirst()
                .orElse(null));
        group.setValue(groups.stream()
                .filter(g -> current.groupId() != null && g.id() == current.groupId())
                .findFirst()
                .orElse(null));
        order.setValue(current.orderNumber() == null ? "" : current.orderNumber());
        tags.removeAll();
        for (String tag : current.tags()) {
            Span chip = new Span(tag);
            chip.getElement().getThemeList().add("badge");
            Button remove = new Button("×", e -> save(() -> updates.untag(number(), tag, actor)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("support.tag.remove", tag));
            chip.add(remove);
            tags.add(chip);
        }
        error.setText("");
        filling = false;
    }

    private <V> void on(HasValue<?, V> field, java.util.function.Function<V, Ticket> save) {
        field.addValueChangeListener(event -> {
            if (!filling && event.isFromClient()) {
                save(() -> save.apply(event.getValue()));
            }
        });
    }

    private void save(java.util.function.Supplier<Ticket> change) {
        try {
            changed.accept(change.get());
        } catch (RefusedException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            changed.accept(null);
        }
    }

    private long number() {
        return ticket.number();
    }

    private void label(ComboBox<?> box, String id, String key) {
        box.setId("ticket-" + id);
        box.setLabel(getTranslation(key));
        box.setWidthFull();
    }
}
