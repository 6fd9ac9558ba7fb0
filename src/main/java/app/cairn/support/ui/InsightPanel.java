package app.cairn.support.ui;

import app.cairn.support.Actor;
import app.cairn.support.TicketInsights;
import app.cairn.support.TicketReading;
import app.cairn.textanalysis.Intent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * What text analysis read in a ticket, beside its properties: the intent (which the agent corrects by choosing
 * another, in one step), how sure the model was, and the sentiment and language of the customer's latest message.
 */
final class InsightPanel extends VerticalLayout {

    private final ComboBox<Intent> intent = new ComboBox<>();
    private final Span source = new Span();
    private final HorizontalLayout feeling = new HorizontalLayout();
    private final Paragraph pending = new Paragraph();
    private final transient TicketInsights insights;
    private final Actor actor;
    private long number;
    private boolean filling;

    InsightPanel(TicketInsights insights, Actor actor) {
        this.insights = insights;
        this.actor = actor;
        setId("ticket-insight");
        setPadding(false);
        setSpacing(false);
        setWidth("18rem");
        intent.setId("ticket-intent");
        intent.setLabel(getTranslation("support.field.intent"));
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        intent.setWidthFull();
        intent.addValueChangeListener(e -> {
            if (!filling && e.isFromClient() && e.getValue() != null) {
                show(number, Optional.of(insights.correctIntent(number, e.getValue(), actor)));
            }
        });
        source.setId("ticket-intent-source");
        source.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        feeling.setId("ticket-sentiment");
        feeling.setSpacing(false);
        feeling.getStyle().set("gap", "var(--lumo-space-s)");
        pending.setId("ticket-insight-pending");
        pending.setText(getTranslation("support.insight.pending"));
        add(intent, source, feeling, pending);
    }

    /** Shows the ticket's reading. */
    void show(long number) {
        show(number, insights.reading(number));
    }

    private void show(long number, Optional<TicketReading> reading) {
        this.number = number;
        filling = true;
        intent.setValue(reading.map(TicketReading::intent).orElse(null));
        filling = false;
        pending.setVisible(reading.isEmpty());
        source.setVisible(reading.isPresent());
        feeling.removeAll();
        reading.ifPresent(r -> {
            if (r.corrected()) {
                source.setText(getTranslation("support.insight.set-by", r.intentSetBy()));
            } else {
                NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
                source.setText(getTranslation(
                        "support.insight.model",
                        percent.format(r.intentConfidence() == null ? 0 : r.intentConfidence())));
            }
            if (r.sentiment() != null) {
                feeling.add(
                        new Span(getTranslation("support.field.sentiment")), TicketLabels.badge(this, r.sentiment()));
            }
            if (r.language() != null) {
                Span language = new Span(r.language());
                language.getElement().getThemeList().add("badge contrast");
                language.setId("ticket-language");
                feeling.add(language);
            }
        });
    }
}
