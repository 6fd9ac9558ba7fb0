package app.cairn.segment.ui;

import app.cairn.commerce.CurrencyManagement;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.scoring.CustomerScoring;
import app.cairn.scoring.RfmCell;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Amounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The R×F map of the last RFM scoring: recency down, frequency across, each cell with its named segment, its
 * customers and their mean spend (the shading). A cell opens the list of its customers, best spenders first.
 */
@Route("segments/rfm")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class RfmView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerScoring scoring;
    private final String currency;
    private final transient CustomerManagement customers;
    private final Div map = new Div();
    private final Paragraph empty = new Paragraph();

    /** Builds the page over the segment and customer modules' APIs. */
    public RfmView(CustomerScoring scoring, CustomerManagement customers, CurrencyManagement currencies) {
        this.currency = currencies.reportingCurrency();
        this.scoring = scoring;
        this.customers = customers;
        Button score = new Button(getTranslation("rfm.score"));
        score.setId("rfm-score");
        score.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        score.addClickListener(e -> {
            int scored = scoring.scoreCustomers();
            show();
            score.setText(getTranslation("rfm.scored", scored));
        });
        map.setId("rfm-map");
        map.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "auto repeat(5, minmax(7rem, 1fr))")
                .set("gap", "4px");
        empty.setId("rfm-empty");
        empty.setText(getTranslation("rfm.empty"));
        add(new Paragraph(getTranslation("rfm.help")), score, empty, map);
        show();
    }

    private void show() {
        map.removeAll();
        List<RfmCell> cells = scoring.rfmMap();
        boolean none = cells.stream().allMatch(cell -> cell.customers() == 0);
        empty.setVisible(none);
        map.setVisible(!none);
        BigDecimal top = cells.stream()
                .map(RfmCell::averageSpend)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        map.add(new Span(getTranslation("rfm.corner")));
        for (int f = 1; f <= 5; f++) {
            map.add(new Span("F " + f));
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i % 5 == 0) {
                map.add(new Span("R " + cells.get(i).r()));
            }
            map.add(cell(cells.get(i), top));
        }
    }

    private Div cell(RfmCell cell, BigDecimal top) {
        Div box = new Div();
        box.setId("rfm-cell-" + cell.r() + "-" + cell.f());
        double shade = top.signum() <= 0 ? 0 : cell.averageSpend().doubleValue() / top.doubleValue();
        box.getStyle()
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("cursor", cell.customers() > 0 ? "pointer" : "default")
                .set(
                        "background",
                        "color-mix(in srgb, var(--lumo-primary-color) " + Math.round(10 + 60 * Math.max(0, shade))
                                + "%, transparent)");
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        box.add(
                new Div(getTranslation("rfm.segment."
                        + cell.segment().name().toLowerCase(Locale.ROOT).replace('_', '-'))),
                new Div(getTranslation("rfm.customers", cell.customers())),
                new Div(getTranslation(
                        "rfm.mean-spend", Amounts.whole(cell.averageSpend().doubleValue(), currency, getLocale()))));
        if (cell.customers() > 0) {
            box.addClickListener(e -> open(cell));
        }
        return box;
    }

    private void open(RfmCell cell) {
        Dialog dialog = new Dialog();
        dialog.setId("rfm-customers");
        dialog.setHeaderTitle(getTranslation("rfm.cell-title", cell.r(), cell.f()));
        VerticalLayout list = new VerticalLayout();
        customers.summaries(scoring.rfmCustomers(cell.r(), cell.f(), 0, 50)).forEach(c -> list.add(link(c)));
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("rfm.close"), e -> dialog.close()));
        dialog.open();
    }

    private static Anchor link(CustomerSummary customer) {
        return new Anchor("customers/" + customer.id(), customer.displayName() + " · " + customer.email());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rfm.title") + " · Cairn";
    }
}
