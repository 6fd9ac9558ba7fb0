package app.cairn.commerce.ui;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.PurchaseFigures;
import app.cairn.customer.CustomerSection;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.FactList;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.Locale;

/** The customer page's purchase figures: orders, spend and average order in the reporting currency, last order. */
@org.springframework.stereotype.Component
class PurchasesCard implements CustomerSection {

    private final CommerceManagement commerce;

    PurchasesCard(CommerceManagement commerce) {
        this.commerce = commerce;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "customer.card.purchases";
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        PurchaseFigures figures = commerce.figures(customerId);
        FactList facts = new FactList("customer-purchases");
        if (figures.orders() == 0) {
            return facts.note(ui.getTranslation("customer.card.purchases.empty"));
        }
        facts.fact(
                        "orders.figure.orders",
                        ui.getTranslation("orders.figure.orders"),
                        NumberFormat.getIntegerInstance(locale).format(figures.orders()))
                .fact(
                        "orders.figure.total-spend",
                        ui.getTranslation("orders.figure.total-spend"),
                        Amounts.format(figures.totalSpend(), figures.currency(), locale))
                .fact(
                        "orders.figure.aov",
                        ui.getTranslation("orders.figure.aov"),
                        Amounts.format(figures.averageOrderValue(), figures.currency(), locale))
                .fact(
                        "orders.figure.first-order",
                        ui.getTranslation("orders.figure.first-order"),
                        StaffTimeZone.format(figures.firstOrderAt(), StaffTimeZone.current(), locale))
                .fact(
                        "orders.figure.last-order",
                        ui.getTranslation("orders.figure.last-order"),
                        StaffTimeZone.format(figures.lastOrderAt(), StaffTimeZone.current(), locale));
        if (figures.unconverted() > 0) {
            facts.note(ui.getTranslation("orders.unconverted", figures.unconverted(), figures.currency()))
                    .getChildren()
                    .reduce((first, second) -> second)
                    .ifPresent(note -> note.setId("customer-unconverted-orders"));
        }
        return facts;
    }
}
