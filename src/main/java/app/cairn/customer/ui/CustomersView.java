package app.cairn.customer.ui;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The customer list: search and filters over any number of customers, loaded a page at a time. */
@Route("customers")
@Menu(order = 10, icon = "vaadin:user-card", title = "nav.customers")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER, Roles.AGENT})
public class CustomersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int COUNT_LIMIT = 10_000;
    private static final int PAGE_ESTIMATE = 500;

    private final transient CustomerManagement customers;
    private final Span total = new Span();
    private final Grid<CustomerSummary> grid = new Grid<>(CustomerSummary.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField tag = new TextField();
    private final DatePicker signedUpFrom = new DatePicker();
    private final DatePicker signedUpTo = new DatePicker();
    private final ComboBox<ConsentChannel> consent = new ComboBox<>();

    /** Builds the list over the customer module's API. */
    public CustomersView(CustomerManagement customers) {
        this.customers = customers;
        setSizeFull();
        total.setId("customers-total");
        add(filters(), total, grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setId("customers-search");
        search.setPlaceholder(getTranslation("customers.search"));
        search.setWidth("18rem");
        country.setId("customers-country");
        country.setPlaceholder(getTranslation("customers.country"));
        country.setWidth("12rem");
        country.setItems(java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing(this::countryName))
                .toList());
        country.setItemLabelGenerator(this::countryName);
        country.setClearButtonVisible(true);
        country.addValueChangeListener(event -> refresh());
        tag.setId("customers-tag");
        tag.setPlaceholder(getTranslation("customers.tag"));
        tag.setWidth("9rem");
        signedUpFrom.setPlaceholder(getTranslation("customers.signed-up-from"));
        signedUpTo.setPlaceholder(getTranslation("customers.signed-up-to"));
        consent.setId("customers-consent");
        consent.setPlaceholder(getTranslation("customers.consent"));
        consent.setItems(ConsentChannel.values());
        consent.setItemLabelGenerator(channel -> getTranslation(channel.labelKey()));
        consent.setClearButtonVisible(true);
        for (TextField field : List.of(search, tag)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> refresh());
        }
        signedUpFrom.addValueChangeListener(event -> refresh());
        signedUpTo.addValueChangeListener(event -> refresh());
        consent.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, country, tag, signedUpFrom, signedUpTo, consent);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.setId("customers-grid");
        grid.setSizeFull();
        grid.addColumn(CustomerSummary::displayName)
                .setHeader(getTranslation("customers.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(CustomerSummary::email)
                .setHeader(getTranslation("customer.field.email"))
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(CustomerSummary::country)
                .setHeader(getTranslation("customer.field.country"))
                .setKey("country")
                .setSortable(true);
        grid.addColumn(CustomerSummary::city).setHeader(getTranslation("customer.field.city"));
        grid.addColumn(c -> StaffTimeZone.format(c.signupAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("customer.field.signup"))
                .setKey("signupAt")
                .setSortable(true);
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty()
                    ? null
                    : query.getSortOrders().getFirst();
            return customers
                    .page(
                            filter(),
                            query.getOffset(),
                            query.getLimit(),
                            // a search lists the best matches first until a column is sorted
                            order == null ? (search.getValue().isBlank() ? "signupAt" : null) : order.getSorted(),
                            order != null && order.getDirection() == SortDirection.ASCENDING)
                    .stream();
        });
        // no exact count for the grid: at a million customers it alone takes half a second. The grid grows as it
        // scrolls, and the line above it counts up to COUNT_LIMIT.
        grid.getLazyDataView().setItemCountEstimate(PAGE_ESTIMATE);
        grid.getLazyDataView().setItemCountEstimateIncrease(PAGE_ESTIMATE);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                CustomerView.class,
                new com.vaadin.flow.router.RouteParameters(
                        "id", Long.toString(event.getItem().id())))));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = customers.countUpTo(filter(), COUNT_LIMIT);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        total.setText(
                count > COUNT_LIMIT
                        ? getTranslation("customers.total-more", numbers.format(COUNT_LIMIT))
                        : getTranslation("customers.total", count));
    }

    /** The country's name in the staff member's language ("Germany", "德国"). */
    private String countryName(String code) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(getLocale());
    }

    /** A search handed over in the address ({@code customers?q=…}, from the header's search box) is shown. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .ifPresent(text -> search.setValue(text.strip()));
    }

    private CustomerFilter filter() {
        return new CustomerFilter(
                search.getValue(),
                country.getValue(),
                tag.getValue().toLowerCase(Locale.ROOT),
                signedUpFrom.getValue(),
                signedUpTo.getValue(),
                consent.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · Cairn";
    }
}
