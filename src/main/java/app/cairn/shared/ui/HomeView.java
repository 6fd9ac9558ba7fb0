package app.cairn.shared.ui;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The page every staff member lands on: the shop's headline figures, then the panels the modules contribute —
 * revenue and orders over time in the reporting currency, new customers, running journeys, the last broadcasts,
 * segment sizes. The system's figures are on {@link OperationsView}.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page from every module's figures and panels. */
    public HomeView(List<KeyFigureSource> sources, List<DashboardPanel> panels) {
        setId("home");
        add(FigureCards.of(sources, KeyFigure.Page.HOME, this::getTranslation, getLocale()));
        Div grid = new Div();
        grid.addClassName("cairn-panels");
        grid.setId("home-panels");
        panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).forEach(panel -> {
            Div card = new Div(new H4(getTranslation(panel.titleKey())), panel.create());
            card.addClassName("cairn-chart-card");
            card.getElement().setAttribute("data-panel", panel.titleKey());
            grid.add(card);
        });
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · Cairn";
    }
}
