package app.cairn.shared.ui;

import app.cairn.shared.WeeklyFigure;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Weekly figures as chart points, each labelled by its week's Monday in the viewer's date style. */
public final class WeekLabels {

    private WeekLabels() {}

    /** The points of one measure of the weeks. */
    public static List<LineChart.Point> points(
            List<WeeklyFigure> weeks, ToDoubleFunction<WeeklyFigure> measure, Locale locale) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return weeks.stream()
                .map(w -> new LineChart.Point(w.weekStart().format(format), measure.applyAsDouble(w)))
                .toList();
    }
}
