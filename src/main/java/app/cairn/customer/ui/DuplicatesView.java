package app.cairn.customer.ui;

import app.cairn.customer.CustomerDuplicates;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.customer.DuplicateCandidate;
import app.cairn.customer.DuplicateScan;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.stream.Collectors;

/**
 * Duplicate review: start a scan and follow it, then go through the pairs it found, surest first, and merge or
 * dismiss each in {@link MergeDialog}.
 */
@Route("customers/duplicates")
@Menu(order = 12, icon = "vaadin:copy", title = "nav.duplicates")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerDuplicates duplicates;
    private final transient CustomerManagement customers;
    private final transient AuthenticationContext authentication;
    private final Button scan = new Button();
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<DuplicateCandidate> grid = new Grid<>();
    private final Poller poller = new Poller();
    private long scanBefore;

    /** Builds the page over the customer module's API. */
    public DuplicatesView(
            CustomerDuplicates duplicates, CustomerManagement customers, AuthenticationContext authentication) {
        this.duplicates = duplicates;
        this.customers = customers;
        this.authentication = authentication;
        setSizeFull();
        scan.setText(getTranslation("duplicates.scan"));
        scan.setId("duplicates-scan");
        scan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scan.addClickListener(event -> requestScan());
        status.setId("duplicates-status");
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        progress.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(scan, progress, status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(bar, new Paragraph(getTranslation("duplicates.help")), grid);
        configureGrid();
        duplicates
                .latestScan()
                .ifPresentOrElse(
                        latest -> {
                            showScan(latest);
                            if (latest.status() == DuplicateScan.Status.RUNNING) {
                                // a scan started elsewhere (the nightly job, a colleague): follow it
                                follow(latest.id() - 1);
                            }
                        },
                        () -> status.setText(getTranslation("duplicates.never")));
    }

    private void configureGrid() {
        grid.setId("duplicates-grid");
        grid.setSizeFull();
        grid.addComponentColumn(c -> customer(c.a()))
                .setHeader(getTranslation("duplicates.customer-a"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> customer(c.b()))
                .setHeader(getTranslation("duplicates.customer-b"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.reasons().stream()
                        .map(reason -> getTranslation(reason.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("duplicates.reasons"))
                .setFlexGrow(2);
        grid.addColumn(c -> NumberFormat.getPercentInstance(getLocale()).format(c.score()))
                .setHeader(getTranslation("duplicates.score"));
        grid.setItems(query -> duplicates.open(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, duplicates.countOpen()));
        grid.addItemClickListener(event -> review(event.getItem().id()));
    }

    private static Div customer(CustomerSummary summary) {
        Div cell = new Div(new Text(summary.displayName()));
        if (summary.email() != null) {
            Span email = new Span(summary.email());
            email.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
            cell.add(email);
        }
        return cell;
    }

    private void review(long candidateId) {
        duplicates
                .find(candidateId)
                .ifPresentOrElse(
                        candidate -> new MergeDialog(
                                        candidate, duplicates, customers, staff(), grid.getDataProvider()::refreshAll)
                                .open(),
                        () -> grid.getDataProvider().refreshAll());
    }

    private void requestScan() {
        long before = duplicates.latestScan().map(DuplicateScan::id).orElse(0L);
        duplicates.requestScan();
        status.setText(getTranslation("duplicates.requested"));
        follow(before);
    }

    /** Polls until a scan newer than {@code before} has finished. */
    private void follow(long before) {
        scanBefore = before;
        scan.setEnabled(false);
        progress.setVisible(true);
        poller.start(1000, () -> duplicates.latestScan().ifPresent(this::followScan));
    }

    private void followScan(DuplicateScan latest) {
        boolean ours = latest.id() > scanBefore;
        if (!ours || latest.status() == DuplicateScan.Status.RUNNING) {
            if (ours) {
                status.setText(getTranslation("duplicates.running", number(latest.customers())));
            }
            return;
        }
        poller.stop();
        scan.setEnabled(true);
        progress.setVisible(false);
        showScan(latest);
        grid.getDataProvider().refreshAll();
    }

    private void showScan(DuplicateScan latest) {
        String when = StaffTimeZone.format(latest.startedAt(), StaffTimeZone.current(), getLocale());
        status.setText(
                switch (latest.status()) {
                    case RUNNING -> getTranslation("duplicates.running", number(latest.customers()));
                    case FAILED -> getTranslation("duplicates.failed", when, String.valueOf(latest.message()));
                    case DONE ->
                        getTranslation(
                                "duplicates.done",
                                when,
                                number(latest.customers()),
                                number(latest.candidates()),
                                String.format(
                                        getLocale(),
                                        "%.1f",
                                        (latest.finishedAt().toEpochMilli()
                                                        - latest.startedAt().toEpochMilli())
                                                / 1000.0));
                });
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        poller.stop();
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("system");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.duplicates") + " · Cairn";
    }
}
