package app.cairn.returns.ui;

import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderView;
import app.cairn.returns.NewReturn;
import app.cairn.returns.ProductReturn;
import app.cairn.returns.ReturnReason;
import app.cairn.returns.ReturnResolution;
import app.cairn.returns.Returns;
import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.Amounts;
import app.cairn.support.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts a return of an order: how many items of each line go back (never more than are left to return), why, and
 * what the customer gets.
 */
class ReturnDialog extends Dialog {

    private final Map<Integer, IntegerField> quantities = new HashMap<>();
    private final Select<ReturnReason> reason = new Select<>();
    private final Select<ReturnResolution> resolution = new Select<>();
    private final TextArea note = new TextArea();
    private final Paragraph error = new Paragraph();

    ReturnDialog(OrderView order, Returns returns, Long ticketNumber, Actor actor, Consumer<ProductReturn> created) {
        setHeaderTitle(getTranslation("returns.dialog.title", order.orderNumber()));
        setId("return-dialog");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Map<Integer, Integer> left = returns.returnable(order.orderNumber());
        for (int i = 0; i < order.lines().size(); i++) {
            int position = i + 1;
            OrderLineData line = order.lines().get(i);
            IntegerField quantity = new IntegerField();
            quantity.setId("return-qty-" + position);
            quantity.setMin(0);
            quantity.setMax(left.getOrDefault(position, 0));
            quantity.setValue(0);
            quantity.setStepButtonsVisible(true);
            quantity.setWidth("8rem");
            quantity.setEnabled(left.getOrDefault(position, 0) > 0);
            quantity.setHelperText(getTranslation("returns.dialog.left", left.getOrDefault(position, 0)));
            quantities.put(position, quantity);
            Span label =
                    new Span(line.quantity() + " × " + (line.description() == null ? line.sku() : line.description())
                            + " (" + Amounts.format(line.unitPrice(), order.currency(), getLocale()) + ")");
            HorizontalLayout row = new HorizontalLayout(quantity, label);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            content.add(row);
        }
        reason.setId("return-reason");
        reason.setLabel(getTranslation("returns.field.reason"));
        reason.setItems(ReturnReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("returns.reason." + ReturnsList.key(r)));
        resolution.setId("return-resolution");
        resolution.setLabel(getTranslation("returns.field.resolution"));
        resolution.setItems(ReturnResolution.values());
        resolution.setItemLabelGenerator(r -> getTranslation("returns.resolution." + ReturnsList.key(r)));
        resolution.setValue(ReturnResolution.REFUND);
        note.setId("return-note");
        note.setLabel(getTranslation("returns.field.note"));
        note.setMaxLength(Returns.MAX_NOTE);
        note.setWidthFull();
        error.setId("return-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        content.add(new HorizontalLayout(reason, resolution), note, error);
        add(content);
        Button create = new Button(getTranslation("returns.dialog.create"), click -> {
            Map<Integer, Integer> asked = new HashMap<>();
            for (Map.Entry<Integer, IntegerField> field : quantities.entrySet()) {
                if (field.getValue().getValue() != null) {
                    asked.put(field.getKey(), field.getValue().getValue());
                } else if (field.getValue().isInvalid()) {
                    OrderLineData line = order.lines().get(field.getKey() - 1);
                    error.setText(getTranslation(
                            "returns.error.quantity-unreadable",
                            line.description() == null ? line.sku() : line.description()));
                    return;
                }
            }
            try {
                ProductReturn made = returns.create(
                        new NewReturn(
                                order.orderNumber(),
                                ticketNumber,
                                asked,
                                reason.getValue(),
                                resolution.getValue(),
                                note.getValue()),
                        actor);
                Notification.show(getTranslation("returns.created-note", made.number()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                created.accept(made);
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        create.setId("return-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
