package app.cairn.segment.ui;

import app.cairn.commerce.CurrencyManagement;
import app.cairn.scoring.ClusterTrait;
import app.cairn.scoring.Clustering;
import app.cairn.scoring.CustomerCluster;
import app.cairn.scoring.CustomerScoring;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The customer clusters of the last clustering: how many, how well apart (silhouette, for each number tried), and
 * each cluster's typical customer and plain words; any cluster can be saved as a segment.
 */
@Route("segments/clusters")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class ClustersView extends VerticalLayout implements HasDynamicTitle {

    private final transient SegmentManagement segments;
    private final transient CustomerScoring scoring;
    private final String currency;
    private final Paragraph summary = new Paragraph();
    private final Paragraph candidates = new Paragraph();
    private final Grid<CustomerCluster> grid = new Grid<>();

    /** Builds the page over the segment module's API. */
    public ClustersView(SegmentManagement segments, CustomerScoring scoring, CurrencyManagement currencies) {
        this.currency = currencies.reportingCurrency();
        this.segments = segments;
        this.scoring = scoring;
        Button find = new Button(getTranslation("clusters.find"));
        find.setId("clusters-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setDisableOnClick(true);
        find.addClickListener(e -> {
            scoring.scoreCustomers();
            show();
            find.setEnabled(true);
        });
        summary.setId("clusters-summary");
        candidates.setId("clusters-candidates");
        configureGrid();
        add(new Paragraph(getTranslation("clusters.help")), find, summary, candidates, grid);
        show();
    }

    private void configureGrid() {
        grid.setId("clusters-grid");
        grid.setAllRowsVisible(true);
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        grid.addColumn(CustomerCluster::number).setHeader(getTranslation("clusters.number"));
        grid.addColumn(c -> words(c))
                .setHeader(getTranslation("clusters.traits"))
                .setFlexGrow(3);
        grid.addColumn(c -> integer.format(c.customers())).setHeader(getTranslation("clusters.customers"));
        grid.addColumn(c -> integer.format(c.recencyDays())).setHeader(getTranslation("clusters.recency"));
        grid.addColumn(c -> decimal.format(c.orders())).setHeader(getTranslation("clusters.orders"));
        grid.addColumn(c -> Amounts.whole(c.spend().doubleValue(), currency, getLocale()))
                .setHeader(getTranslation("clusters.spend"));
        grid.addColumn(c -> Amounts.whole(c.averageOrder().doubleValue(), currency, getLocale()))
                .setHeader(getTranslation("clusters.average-order"));
        grid.addColumn(c -> integer.format(c.tenureDays())).setHeader(getTranslation("clusters.tenure"));
        grid.addComponentColumn(c -> {
                    Button save = new Button(getTranslation("clusters.save"), e -> save(c));
                    save.addClassName("clusters-save");
                    save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return save;
                })
                .setAutoWidth(true);
    }

    private void show() {
        scoring.clustering()
                .ifPresentOrElse(
                        clustering -> {
                            summary.setText(getTranslation(
                                    "clusters.summary",
                                    NumberFormat.getIntegerInstance(getLocale()).format(clustering.customers()),
                                    clustering.k(),
                                    silhouette(clustering.silhouette()),
                                    StaffTimeZone.format(
                                            clustering.computedAt(), StaffTimeZone.current(), getLocale())));
                            candidates.setText(getTranslation("clusters.candidates", candidateList(clustering)));
                            grid.setItems(clustering.clusters());
                            grid.setVisible(true);
                        },
                        () -> {
                            summary.setText(getTranslation("clusters.none"));
                            candidates.setText("");
                            grid.setVisible(false);
                        });
    }

    private String candidateList(Clustering clustering) {
        return clustering.candidates().entrySet().stream()
                .map(e -> "k " + e.getKey() + ": " + silhouette(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private String silhouette(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String words(CustomerCluster cluster) {
        return cluster.traits().stream().map(this::word).collect(Collectors.joining(", "));
    }

    private String word(ClusterTrait trait) {
        return getTranslation(
                "clusters.trait." + trait.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void save(CustomerCluster cluster) {
        Dialog dialog = new Dialog();
        dialog.setId("clusters-save-dialog");
        dialog.setHeaderTitle(getTranslation("clusters.save-title", cluster.number()));
        TextField name = new TextField(getTranslation("clusters.segment-name"));
        name.setId("clusters-segment-name");
        name.setWidthFull();
        name.setValue(getTranslation("clusters.number") + " " + cluster.number() + ": " + words(cluster));
        dialog.add(new Paragraph(getTranslation("clusters.save-help")), name);
        Button confirm = new Button(getTranslation("clusters.save"), e -> {
            try {
                Segment saved = segments.saveCluster(cluster.number(), name.getValue(), words(cluster));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(SegmentEditorView.class, saved.id()));
            } catch (RefusedException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        confirm.setId("clusters-save-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("clusters.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title") + " · Cairn";
    }
}
