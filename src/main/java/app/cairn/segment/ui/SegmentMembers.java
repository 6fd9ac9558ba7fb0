package app.cairn.segment.ui;

import app.cairn.customer.CustomerSummary;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentMembership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.util.List;

/**
 * A segment's members, page by page as the grid scrolls, and the whole list as CSV; members of a static segment
 * can be taken out one by one.
 */
class SegmentMembers extends VerticalLayout {

    private final Grid<CustomerSummary> grid = new Grid<>();

    SegmentMembers(SegmentLists lists, SegmentMembership membership, Segment segment, Runnable changed) {
        setPadding(false);
        Anchor download = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName("segment-" + segment.id() + "-members.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        membership.writeMembers(segment.id(), out);
                    }
                },
                getTranslation("segments.download-members"));
        download.setId("segment-download");
        download.getElement().setAttribute("download", true);
        grid.setId("segment-members");
        grid.addColumn(CustomerSummary::displayName).setHeader(getTranslation("segments.member.name"));
        grid.addColumn(CustomerSummary::email).setHeader(getTranslation("segments.member.email"));
        grid.addColumn(CustomerSummary::country).setHeader(getTranslation("segments.member.country"));
        if (segment.isStatic()) {
            grid.addComponentColumn(member -> {
                        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                            lists.removeMembers(segment.id(), List.of(member.id()));
                            changed.run();
                        });
                        remove.addClassName("segment-member-remove");
                        remove.setAriaLabel(getTranslation("segments.list.remove"));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return remove;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(query -> membership.members(segment.id(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate("customers/" + e.getItem().id())));
        grid.setHeight("24rem");
        add(new H3(getTranslation("segments.members")), download, grid);
    }

    /** Reads the members again. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
