package app.cairn.support.ui;

import app.cairn.support.TicketFacet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** The counts of a ticket search by status, priority, channel, group and assignee; a click narrows the search. */
class TicketFacets extends VerticalLayout {

    private final transient BiFunction<TicketFacet.Property, String, String> label;
    private final transient BiConsumer<TicketFacet.Property, String> narrow;

    TicketFacets(
            BiFunction<TicketFacet.Property, String, String> label, BiConsumer<TicketFacet.Property, String> narrow) {
        this.label = label;
        this.narrow = narrow;
        setId("ticket-search-facets");
        setPadding(false);
        setSpacing(false);
        setWidth("16rem");
        getStyle().set("flex-shrink", "0");
    }

    void show(List<TicketFacet> facets) {
        removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        for (TicketFacet facet : facets) {
            if (facet.counts().isEmpty()) {
                continue;
            }
            String name = facet.property().name().toLowerCase();
            add(new H4(getTranslation("support.search.facet." + name)));
            for (TicketFacet.Count count : facet.counts()) {
                Button value = new Button(
                        label.apply(facet.property(), count.value()) + " (" + numbers.format(count.tickets()) + ")",
                        e -> narrow.accept(facet.property(), count.value()));
                value.setId("facet-" + name + "-" + count.value().toLowerCase());
                value.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                add(value);
            }
        }
    }
}
