package app.cairn.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * A line chart of one series (Chart.js 4, MIT, in a small Lit element): the points' labels along the bottom, their
 * values up the side from 0. Loaded only by the pages that show one.
 */
@Tag("cairn-line-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/cairn-line-chart.js")
public class LineChart extends Component {

    /**
     * One point of the series.
     *
     * @param label what the bottom axis shows for it, e.g. a date
     */
    public record Point(String label, double value) {}

    /** Shows the points, in order, as a series with this name (read out by screen readers). */
    public void show(String seriesName, List<Point> points) {
        getElement().setProperty("label", seriesName);
        getElement().setPropertyList("labels", points.stream().map(Point::label).toList());
        getElement().setPropertyList("values", points.stream().map(Point::value).toList());
    }
}
