package app.cairn.shared.ui;

import app.cairn.shared.Referrer;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Archive and delete on the list pages: a column with a remove button (or, among the archived, a restore button),
 * the "Show archived" switch, and the confirmation that says what will happen — delete for good, archive, or
 * neither, with what refers to the row named — before anything does.
 */
public final class Removals {

    private Removals() {}

    /**
     * Gives a list page archive and delete: the remove (or restore) column on the grid, and the "Show archived"
     * switch that the page places. {@code load} fills the grid with the archived rows (true) or the others, now
     * and after every change.
     */
    public static <T> Checkbox attach(Grid<T> grid, RemovalActions<T> actions, Consumer<Boolean> load) {
        Checkbox archived = new Checkbox(grid.getTranslation("removal.show-archived"));
        archived.setId("show-archived");
        Runnable reload = () -> load.accept(archived.getValue());
        archived.addValueChangeListener(e -> reload.run());
        addColumn(grid, actions, archived, reload);
        reload.run();
        return archived;
    }

    private static <T> void addColumn(Grid<T> grid, RemovalActions<T> actions, Checkbox archived, Runnable refresh) {
        grid.addComponentColumn(row -> archived.getValue()
                        ? restore(grid, row, actions, refresh)
                        : removeButton(grid, row, actions, refresh))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static <T> Button restore(Grid<T> grid, T row, RemovalActions<T> actions, Runnable refresh) {
        Button restore = new Button(grid.getTranslation("removal.restore"), VaadinIcon.ARROW_BACKWARD.create());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.getElement().setAttribute("data-restore", actions.name().apply(row));
        keepFromRow(restore);
        restore.addClickListener(e -> {
            actions.restore().accept(actions.id().applyAsLong(row));
            notify(grid.getTranslation("removal.restored", actions.name().apply(row)), false);
            refresh.run();
        });
        return restore;
    }

    private static <T> Button removeButton(Grid<T> grid, T row, RemovalActions<T> actions, Runnable refresh) {
        String name = actions.name().apply(row);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(grid.getTranslation("removal.remove", name));
        remove.setTooltipText(grid.getTranslation("removal.remove", name));
        remove.getElement().setAttribute("data-remove", name);
        keepFromRow(remove);
        long id = actions.id().applyAsLong(row);
        remove.addClickListener(e -> confirm(grid, name, actions.plan().apply(id), () -> {
            actions.remove().accept(id);
            refresh.run();
        }));
        return remove;
    }

    /** Keeps a click on the button from also reaching the row, which would open the row's page. */
    private static void keepFromRow(Button button) {
        button.getElement().addEventListener("click", ignored -> {}).stopPropagation();
    }

    /**
     * Opens the confirmation for removing {@code name} as {@code plan} says; {@code perform} runs on confirming,
     * and a refusal it throws (something changed meanwhile) is shown rather than lost.
     */
    public static void confirm(Component page, String name, Removal plan, Runnable perform) {
        Dialog dialog = new Dialog();
        dialog.setId("removal-dialog");
        dialog.setMaxWidth("36em");
        String action = plan.action().name().toLowerCase(java.util.Locale.ROOT);
        dialog.setHeaderTitle(page.getTranslation("removal.title." + action, name));
        dialog.add(new Paragraph(page.getTranslation(
                plan.reasonKey() == null ? "removal.delete-help" : plan.reasonKey(), name, plan.referrerNames())));
        if (!plan.referrers().isEmpty()) {
            dialog.add(new Paragraph(page.getTranslation("removal.referred-by")), referrers(page, plan.referrers()));
        }
        Button cancel = new Button(page.getTranslation("removal.cancel"), e -> dialog.close());
        cancel.setId("removal-cancel");
        if (plan.allowed()) {
            Button go = new Button(page.getTranslation("removal.confirm." + action), e -> {
                try {
                    perform.run();
                    dialog.close();
                    notify(page.getTranslation("removal.done." + action, name), false);
                } catch (RefusedException refused) {
                    notify(page.getTranslation(refused.messageKey(), refused.arguments()), true);
                }
            });
            go.setId("removal-confirm");
            go.addThemeVariants(
                    ButtonVariant.LUMO_PRIMARY,
                    plan.action() == Removal.Action.DELETE ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(cancel, go);
        } else {
            cancel.setText(page.getTranslation("removal.close"));
            dialog.getFooter().add(cancel);
        }
        dialog.open();
    }

    private static UnorderedList referrers(Component page, List<Referrer> referrers) {
        UnorderedList list = new UnorderedList();
        list.setId("removal-referrers");
        for (Referrer referrer : referrers) {
            String text = page.getTranslation(referrer.kindKey(), referrer.name())
                    + (referrer.inUse() ? " — " + page.getTranslation("removal.in-use") : "");
            list.add(new ListItem(text));
        }
        return list;
    }

    private static void notify(String text, boolean error) {
        Notification notification = Notification.show(text, error ? 8000 : 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
