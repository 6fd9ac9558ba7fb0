package app.cairn.search.ui;

import app.cairn.search.IndexStatus;
import app.cairn.search.RebuildProgress;
import app.cairn.search.SearchIndexes;
import app.cairn.search.SearchStatus;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/**
 * The search index for admins: where it lives, each index with its documents and whether it is complete, the
 * changes waiting to be indexed, and a rebuild from the database with its progress.
 */
@Route("admin/search")
@Menu(order = 97, icon = "vaadin:search", title = "nav.search-index")
@RolesAllowed(Roles.ADMIN)
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final transient SearchIndexes indexes;
    private final Paragraph backend = new Paragraph();
    private final Grid<IndexStatus> grid = new Grid<>();
    private final Span queue = new Span();
    private final Button rebuild = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private final Poller poller = new Poller();

    /** Builds the page over the search module's upkeep API. */
    public SearchIndexView(SearchIndexes indexes) {
        this.indexes = indexes;
        backend.setId("search-backend");
        queue.setId("search-queue");
        progress.setId("search-rebuild-progress");
        bar.setId("search-rebuild-bar");
        grid.setId("search-indexes");
        grid.addColumn(this::label).setHeader(getTranslation("search.index.name"));
        grid.addColumn(i -> NumberFormat.getIntegerInstance(getLocale()).format(i.documents()))
                .setHeader(getTranslation("search.index.documents"));
        grid.addColumn(i -> getTranslation(i.complete() ? "search.index.complete" : "search.index.incomplete"))
                .setHeader(getTranslation("search.index.state"));
        grid.setAllRowsVisible(true);
        rebuild.setId("search-rebuild");
        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> start());
        add(new Paragraph(getTranslation("search.index.about")), backend, grid, queue, rebuild, bar, progress);
        refresh();
    }

    private void start() {
        if (!indexes.rebuildAll()) {
            Notification.show(getTranslation("search.index.already"));
        }
        refresh();
    }

    private void refresh() {
        SearchStatus status = indexes.status();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        backend.setText(getTranslation("search.index.backend", status.backend()));
        grid.setItems(status.indexes());
        queue.setText(getTranslation(
                "search.index.queue", numbers.format(status.queued()), numbers.format(status.oldestQueuedMillis())));
        RebuildProgress rebuildState = status.rebuild();
        rebuild.setEnabled(!rebuildState.running());
        bar.setVisible(rebuildState.running());
        bar.setValue(rebuildState.fraction());
        progress.setText(describe(rebuildState, numbers));
        if (rebuildState.running()) {
            poller.start(1000, this::refresh);
        } else {
            poller.stop();
        }
    }

    private String describe(RebuildProgress rebuildState, NumberFormat numbers) {
        if (rebuildState.startedAt() == null) {
            return getTranslation("search.index.never");
        }
        if (rebuildState.running()) {
            return getTranslation(
                    "search.index.running", numbers.format(rebuildState.done()), numbers.format(rebuildState.total()));
        }
        String finished = StaffTimeZone.format(rebuildState.finishedAt(), StaffTimeZone.current(), getLocale());
        return rebuildState.failure() == null
                ? getTranslation("search.index.done", numbers.format(rebuildState.done()), finished)
                : getTranslation("search.index.failed", finished, rebuildState.failure());
    }

    /** The index's name in the staff's language; an index this page has no name for shows its own. */
    private String label(IndexStatus index) {
        String key = "search.index.kind." + index.name();
        String label = getTranslation(key);
        return label.equals(key) ? index.name() : label;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poller.stop();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search-index");
    }
}
