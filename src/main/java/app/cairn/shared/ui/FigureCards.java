package app.cairn.shared.ui;

import app.cairn.shared.KeyFigure;
import app.cairn.shared.KeyFigureSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The big-number cards of one page's key figures, read from every module's {@link KeyFigureSource}. */
final class FigureCards {

    private FigureCards() {}

    static Div of(
            List<KeyFigureSource> sources, KeyFigure.Page page, Function<String, String> translate, Locale locale) {
        Div figures = new Div();
        figures.addClassName("cairn-figures");
        sources.stream()
                .flatMap(source -> source.keyFigures().stream())
                .filter(figure -> figure.page() == page)
                .sorted(Comparator.comparingInt(KeyFigure::order))
                .map(figure -> card(figure, translate, locale))
                .forEach(figures::add);
        return figures;
    }

    private static Div card(KeyFigure figure, Function<String, String> translate, Locale locale) {
        Span value = new Span(
                figure.value() instanceof Number number
                        ? NumberFormat.getInstance(locale).format(number)
                        : figure.value().toString());
        value.addClassName("cairn-figure-value");
        Span label = new Span(translate.apply(figure.labelKey()));
        label.addClassName("cairn-figure-label");
        Div card = new Div(value, label);
        card.addClassName("cairn-figure");
        card.getElement().setAttribute("data-figure", figure.labelKey());
        return card;
    }
}
