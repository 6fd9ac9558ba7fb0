package app.cairn.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The small heading above a chart that says what its line is. */
public final class ChartCaption {

    private ChartCaption() {}

    /** A caption with this text. */
    public static Paragraph of(String text) {
        Paragraph caption = new Paragraph(text);
        caption.addClassName("cairn-chart-caption");
        return caption;
    }
}
