package app.cairn.shared.ui;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

/** The page every staff member lands on: current figures that the modules read from the database. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page from every module's figures. */
    public HomeView(List<KeyFigureSource> sources) {
        setId("home");
        Div figures = new Div();
        figures.addClassName("cairn-figures");
        sources.stream()
                .flatMap(source -> source.keyFigures().stream())
                .sorted(Comparator.comparingInt(KeyFigure::order))
                .map(this::card)
                .forEach(figures::add);
        add(figures);
    }

    private Div card(KeyFigure figure) {
        Span value = new Span(format(figure.value()));
        value.addClassName("cairn-figure-value");
        Span label = new Span(getTranslation(figure.labelKey()));
        label.addClassName("cairn-figure-label");
        Div card = new Div(value, label);
        card.addClassName("cairn-figure");
        card.getElement().setAttribute("data-figure", figure.labelKey());
        return card;
    }

    private String format(Object value) {
        return value instanceof Number number
                ? NumberFormat.getInstance(getLocale()).format(number)
                : value.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · Cairn";
    }
}
