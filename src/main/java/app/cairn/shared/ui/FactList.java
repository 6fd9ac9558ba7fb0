package app.cairn.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Label and value pairs, one per line, with a note for what is missing: the content of a summary card. */
public class FactList extends Div {

    /** An empty list with the id tests and styles find it by. */
    public FactList(String id) {
        setId(id);
    }

    /** Adds a line "label … value"; the value is findable by its {@code data-fact} name. */
    public FactList fact(String name, String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("cairn-fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("cairn-fact-value");
        Div line = new Div(labelSpan, valueSpan);
        line.addClassName("cairn-fact");
        line.getElement().setAttribute("data-fact", name);
        add(line);
        return this;
    }

    /** Adds any component as a line of its own. */
    public FactList line(Component component) {
        add(component);
        return this;
    }

    /** Adds a note in small grey text: what would appear here, or what is left out. */
    public FactList note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cairn-card-note");
        add(note);
        return this;
    }
}
