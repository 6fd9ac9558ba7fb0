package app.cairn.segment.ui;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentRemoval;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.RemovalActions;
import app.cairn.shared.ui.Removals;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/** The segments, by name, with their size; a segment opens in {@link SegmentEditorView}. */
@Route("segments")
@Menu(order = 15, icon = "vaadin:filter", title = "nav.segments")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class SegmentsView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page over the segment module's API. */
    public SegmentsView(SegmentManagement segments, SegmentRemoval removal) {
        setSizeFull();
        Button create = new Button(getTranslation("segments.new"), VaadinIcon.PLUS.create());
        create.setId("segments-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(SegmentEditorView.class)));
        Button list = new Button(getTranslation("segments.new-list"), VaadinIcon.LIST.create());
        list.setId("segments-new-list");
        list.addClickListener(e -> newList(segments));
        Button rfm = new Button(getTranslation("rfm.title"), VaadinIcon.GRID_SMALL.create());
        rfm.setId("segments-rfm");
        rfm.addClickListener(e -> rfm.getUI().ifPresent(ui -> ui.navigate(RfmView.class)));
        Button clusters = new Button(getTranslation("segments.clusters"), VaadinIcon.CLUSTER.create());
        clusters.setId("segments-clusters");
        clusters.addClickListener(e -> clusters.getUI().ifPresent(ui -> ui.navigate(ClustersView.class)));
        Grid<Segment> grid = new Grid<>();
        grid.setId("segments-grid");
        grid.addColumn(Segment::name).setHeader(getTranslation("segments.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.isStatic() ? "segments.kind.static" : "segments.kind.rules"))
                .setHeader(getTranslation("segments.kind"));
        grid.addColumn(s -> NumberFormat.getIntegerInstance(getLocale()).format(s.members()))
                .setHeader(getTranslation("segments.members"));
        grid.addColumn(s -> s.rebuiltAt() == null
                        ? getTranslation("segments.never")
                        : StaffTimeZone.format(s.rebuiltAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("segments.rebuilt-at"))
                .setFlexGrow(2);
        Checkbox archived = Removals.attach(
                grid,
                new RemovalActions<>(Segment::name, Segment::id, removal::plan, removal::remove, removal::restore),
                showArchived -> grid.setItems(showArchived ? removal.archived() : segments.all()));
        grid.setEmptyStateText(getTranslation("segments.empty"));
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(
                        ui -> ui.navigate(SegmentEditorView.class, e.getItem().id())));
        HorizontalLayout actions = new HorizontalLayout(create, list, rfm, clusters, archived);
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    /** Asks for the name of a new static segment, saves it and opens it to fill it. */
    private void newList(SegmentManagement segments) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("segments.new-list"));
        TextField name = new TextField(getTranslation("segments.name"));
        name.setId("segments-list-name");
        name.setWidthFull();
        Button save = new Button(getTranslation("segments.save"), e -> {
            try {
                Segment created = segments.createStatic(name.getValue(), null);
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(SegmentEditorView.class, created.id()));
            } catch (RefusedException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("segments-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("segments.static-help")), name);
        dialog.getFooter().add(new Button(getTranslation("clusters.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.segments") + " · Cairn";
    }
}
