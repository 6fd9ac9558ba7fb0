package app.cairn.commerce.ui;

import app.cairn.commerce.CurrencyManagement;
import app.cairn.commerce.ExchangeRate;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Admins choose the reporting currency and keep the shop's dated exchange rates: one at a time, or from a CSV file
 * ({@code currency,valid_from,rate}). Every figure across customers is converted with them.
 */
@Route("admin/currencies")
@Menu(order = 94, icon = "vaadin:money-exchange", title = "nav.currencies")
@RolesAllowed(Roles.ADMIN)
public class CurrenciesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CurrencyManagement currencies;
    private final String by;
    private final ComboBox<String> reporting = new ComboBox<>();
    private final Grid<ExchangeRate> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    /** Builds the page over the commerce module's currency API. */
    public CurrenciesView(CurrencyManagement currencies, AuthenticationContext authentication) {
        this.currencies = currencies;
        this.by = authentication.getPrincipalName().orElse("admin");
        setSizeFull();
        List<String> codes = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList();
        reporting.setId("reporting-currency");
        reporting.setLabel(getTranslation("currencies.reporting"));
        reporting.setItems(codes);
        reporting.setItemLabelGenerator(this::label);
        reporting.setValue(currencies.reportingCurrency());
        reporting.setWidth("22rem");
        Button change = new Button(getTranslation("currencies.reporting.change"), e -> changeReporting());
        change.setId("reporting-currency-save");
        HorizontalLayout reportingRow = new HorizontalLayout(reporting, change);
        reportingRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        ComboBox<String> currency = new ComboBox<>(getTranslation("currencies.currency"), codes);
        currency.setId("rate-currency");
        currency.setItemLabelGenerator(this::label);
        currency.setWidth("18rem");
        DatePicker validFrom = new DatePicker(getTranslation("currencies.valid-from"));
        validFrom.setId("rate-valid-from");
        validFrom.setLocale(getLocale());
        BigDecimalField rate = new BigDecimalField(getTranslation("currencies.rate"));
        rate.setId("rate-value");
        Button add = new Button(getTranslation("currencies.add"), e -> {
            try {
                boolean created = currencies.saveRate(currency.getValue(), validFrom.getValue(), rate.getValue(), by);
                notify(created ? "currencies.added" : "currencies.changed-rate", NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (RefusedException refused) {
                notify(refused);
            }
        });
        add.setId("rate-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(currency, validFrom, rate, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try (var reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                int read = currencies.importRates(reader, by);
                notify(getTranslation("currencies.imported", read), NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (RefusedException refused) {
                notify(refused);
            } catch (java.io.IOException unreadable) {
                notify(unreadable.getMessage(), NotificationVariant.LUMO_ERROR);
            }
        }))));
        upload.setId("rates-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(1_000_000);
        upload.setUploadButton(new Button(getTranslation("currencies.upload")));

        configureGrid();
        empty.setId("rates-empty");
        empty.setText(getTranslation("currencies.empty"));
        add(
                new Paragraph(getTranslation("currencies.intro")),
                reportingRow,
                new H3(getTranslation("currencies.rates")),
                new Paragraph(getTranslation("currencies.rates-intro")),
                addRow,
                upload,
                new Paragraph(getTranslation("currencies.csv-format")),
                empty,
                grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("currencies.title");
    }

    private void configureGrid() {
        grid.setId("rates-grid");
        grid.addColumn(r -> label(r.currency()))
                .setHeader(getTranslation("currencies.currency"))
                .setAutoWidth(true);
        grid.addColumn(r -> StaffTimeZone.formatDate(r.validFrom(), getLocale()))
                .setHeader(getTranslation("currencies.valid-from"));
        grid.addColumn(r -> getTranslation(
                        "currencies.rate-reads",
                        r.currency(),
                        r.rate().toPlainString(),
                        currencies.reportingCurrency()))
                .setHeader(getTranslation("currencies.rate"))
                .setFlexGrow(2);
        grid.addColumn(r -> StaffTimeZone.format(r.changedAt(), StaffTimeZone.current(), getLocale()) + " · "
                        + (r.changedBy() == null ? "" : r.changedBy()))
                .setHeader(getTranslation("currencies.changed"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Button delete = new Button(getTranslation("currencies.delete"), e -> delete(r));
                    delete.addClassName("rate-delete");
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return delete;
                })
                .setAutoWidth(true);
    }

    private void changeReporting() {
        try {
            currencies.setReportingCurrency(reporting.getValue(), by);
            notify("currencies.reporting.changed", NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RefusedException refused) {
            notify(refused);
        }
    }

    private void delete(ExchangeRate rate) {
        try {
            currencies.deleteRate(rate.currency(), rate.validFrom());
            refresh();
        } catch (RefusedException refused) {
            notify(refused);
        }
    }

    private void refresh() {
        List<ExchangeRate> rates = currencies.rates();
        grid.setItems(rates);
        grid.setVisible(!rates.isEmpty());
        empty.setVisible(rates.isEmpty());
    }

    private String label(String code) {
        return code + " · "
                + Currency.getInstance(code).getDisplayName(getLocale() == null ? Locale.ENGLISH : getLocale());
    }

    private void notify(RefusedException refused) {
        notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
    }

    private void notify(String keyOrText, NotificationVariant variant) {
        String text = keyOrText.startsWith("currencies.") ? getTranslation(keyOrText) : keyOrText;
        Notification shown = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        shown.addThemeVariants(variant);
    }
}
