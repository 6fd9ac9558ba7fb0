package app.cairn.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel of the home page contributed by a module: a chart or a short list of what matters to a marketer now.
 * The home page asks every such bean when it opens, so modules add panels without the page knowing them.
 */
public interface DashboardPanel {

    /** Position on the page; lower comes first. */
    int order();

    /** Translation key of the panel's heading. */
    String titleKey();

    /** The panel's content, read from the database now. */
    Component create();
}
