package app.cairn.returns.ui;

import app.cairn.returns.ProductReturn;
import app.cairn.returns.ReturnLine;
import app.cairn.returns.ReturnStatus;
import app.cairn.returns.Returns;
import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Returns in a grid: number, order, lines, amount, reason, resolution and status, with a button for each step the
 * return may take next when the staff member may move it.
 */
class ReturnsList extends Grid<ProductReturn> {

    private final transient Returns returns;
    private final transient Supplier<List<ProductReturn>> source;
    private final Actor actor;
    private final transient Runnable changed;

    /**
     * @param actor who moves returns from here, or null for a list that only shows them
     * @param changed called after a return moved
     */
    ReturnsList(Returns returns, Supplier<List<ProductReturn>> source, Actor actor, Runnable changed) {
        this.returns = returns;
        this.source = source;
        this.actor = actor;
        this.changed = changed;
        Locale locale = UI.getCurrent().getLocale();
        addColumn(ProductReturn::number).setHeader(t("returns.number")).setAutoWidth(true);
        addColumn(ProductReturn::orderNumber).setHeader(t("returns.order")).setAutoWidth(true);
        addColumn(r -> StaffTimeZone.format(r.createdAt(), StaffTimeZone.current(), locale))
                .setHeader(t("returns.created"))
                .setAutoWidth(true);
        addColumn(ReturnsList::lines)
                .setHeader(t("returns.lines"))
                .setTooltipGenerator(ReturnsList::lines)
                .setFlexGrow(2);
        addColumn(r -> Amounts.format(r.total(), r.currency(), locale)).setHeader(t("returns.total"));
        addColumn(r -> t("returns.reason." + key(r.reason())) + " · " + t("returns.resolution." + key(r.resolution())))
                .setHeader(t("returns.reason-resolution"))
                .setAutoWidth(true);
        addColumn(r -> t("returns.status." + key(r.status())))
                .setHeader(t("returns.status"))
                .setAutoWidth(true);
        if (actor != null) {
            addComponentColumn(this::steps).setHeader(t("returns.next")).setAutoWidth(true);
        }
        setAllRowsVisible(true);
        setEmptyStateText(t("returns.empty"));
        refresh();
    }

    /** Shows the returns again. */
    void refresh() {
        setItems(source.get());
    }

    private HorizontalLayout steps(ProductReturn r) {
        HorizontalLayout buttons = new HorizontalLayout();
        r.status().next(r.resolution()).stream()
                .sorted(Comparator.comparing(ReturnStatus::ordinal))
                .forEach(to -> {
                    Button step = new Button(t("returns.step." + key(to)), click -> advance(r, to));
                    step.setId("return-" + r.number() + "-" + key(to));
                    step.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    if (to == ReturnStatus.REJECTED) {
                        step.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    }
                    buttons.add(step);
                });
        return buttons;
    }

    private void advance(ProductReturn r, ReturnStatus to) {
        try {
            returns.advance(r.id(), to, actor);
            Notification.show(t("returns.moved", r.number(), t("returns.status." + key(to))))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
        changed.run();
    }

    private static String lines(ProductReturn r) {
        return r.lines().stream().map(ReturnsList::describe).collect(Collectors.joining("; "));
    }

    private static String describe(ReturnLine line) {
        return line.quantity() + " × " + (line.description() == null ? line.sku() : line.description());
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
