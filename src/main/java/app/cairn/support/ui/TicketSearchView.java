package app.cairn.support.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.SupportGroups;
import app.cairn.support.TicketException;
import app.cairn.support.TicketFacet;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketSearch;
import app.cairn.support.TicketSearchRequest;
import app.cairn.support.TicketSearchResult;
import app.cairn.support.TicketSearchSort;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Ticket search: words, phrases, prefixes and filters over every ticket; counts by status, priority, channel,
 * group and assignee that narrow the search when clicked; highlighted passages; and more results a page at a time,
 * to the very last (there is no cap). The query is in the address, so a search can be bookmarked and shared.
 */
@Route("tickets/search")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class TicketSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 25;

    private final transient TicketSearch search;
    private final StaffMember me;
    private final Map<Long, String> groupNames = new HashMap<>();
    private final Map<Long, StaffMember> assignees;
    private final TextField query = new TextField();
    private final ComboBox<TicketSearchSort> sort = new ComboBox<>();
    private final Span total = new Span();
    private final Div results = new Div();
    private final TicketFacets facets;
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private String text = "";
    private String next;

    /** Builds the page over the support module's search. */
    public TicketSearchView(
            TicketSearch search,
            TicketInbox inbox,
            SupportGroups groups,
            StaffManagement staff,
            AuthenticationContext authentication) {
        this.search = search;
        this.me = CurrentAgent.of(authentication, staff);
        this.assignees = inbox.assignees();
        groups.all().forEach(g -> groupNames.put(g.id(), g.name()));
        this.facets = new TicketFacets(this::label, (property, value) -> narrow(filterOf(property, value)));
        setSizeFull();
        add(bar(), hint());
        total.setId("ticket-search-total");
        results.setId("ticket-search-results");
        results.setWidthFull();
        empty.setId("ticket-search-empty");
        empty.setVisible(false);
        more.setId("ticket-search-more");
        more.setText(getTranslation("support.search.more"));
        more.addClickListener(e -> page(next, false));
        VerticalLayout column = new VerticalLayout(total, results, empty, more);
        column.setPadding(false);
        column.setWidthFull();
        HorizontalLayout body = new HorizontalLayout(facets, column);
        body.setWidthFull();
        body.setFlexGrow(1, column);
        add(body);
    }

    /** The route of this page searching for the text. */
    public static String location(String text) {
        return "tickets/search?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HorizontalLayout bar() {
        query.setId("ticket-search-query");
        query.setPlaceholder(getTranslation("support.search.placeholder"));
        query.setPrefixComponent(new Icon("vaadin", "search"));
        query.setClearButtonVisible(true);
        query.setWidth("36rem");
        query.getStyle().set("max-width", "100%");
        query.getElement()
                .addEventListener(
                        "keydown",
                        event -> go(event.getEventData().get("element.value").asString()))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        sort.setId("ticket-search-sort");
        sort.setItems(TicketSearchSort.values());
        sort.setItemLabelGenerator(
                s -> getTranslation("support.search.sort." + s.name().toLowerCase()));
        sort.setValue(TicketSearchSort.RELEVANCE);
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                page(null, true);
            }
        });
        Button find = new Button(getTranslation("support.search.go"), e -> go(query.getValue()));
        find.setId("ticket-search-go");
        HorizontalLayout bar = new HorizontalLayout(query, find, sort);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Paragraph hint() {
        Paragraph hint = new Paragraph(getTranslation("support.search.hint"));
        hint.addClassName("cairn-hint");
        return hint;
    }

    private void go(String typed) {
        getUI().ifPresent(ui -> ui.navigate("tickets/search", QueryParameters.of("q", typed.strip())));
    }

    private void narrow(String filter) {
        go((text + " " + filter).strip());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .orElse("")
                .strip();
        query.setValue(text);
        page(null, true);
    }

    private void page(String cursor, boolean first) {
        TicketSearchResult result;
        try {
            result = search.search(new TicketSearchRequest(
                    text, me.id(), StaffTimeZone.current(), sort.getValue(), cursor, PAGE, true));
            query.setInvalid(false);
        } catch (TicketException refused) {
            query.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            query.setInvalid(true);
            results.removeAll();
            facets.show(java.util.List.of());
            total.setText("");
            more.setVisible(false);
            empty.setVisible(false);
            return;
        }
        if (first) {
            results.removeAll();
            facets.show(result.facets());
            // no count above the "no ticket matches" line: it would say the same twice
            total.setText(result.total() == 0 ? "" : getTranslation("support.search.total", result.total()));
        }
        result.hits().forEach(hit -> results.add(new TicketHitRow(hit, assignees, groupNames)));
        next = result.next();
        more.setVisible(next != null);
        boolean none = first && result.hits().isEmpty();
        empty.setText(getTranslation("support.search.none"));
        empty.setVisible(none);
    }

    private String label(TicketFacet.Property property, String value) {
        return switch (property) {
            case STATUS ->
                getTranslation("support.status." + value.toLowerCase().replace('_', '-'));
            case PRIORITY -> getTranslation("support.priority." + value.toLowerCase());
            case CHANNEL ->
                getTranslation("support.channel." + value.toLowerCase().replace('_', '-'));
            case GROUP -> groupNames.getOrDefault(Long.valueOf(value), "#" + value);
            case ASSIGNEE -> {
                StaffMember member = assignees.get(Long.valueOf(value));
                yield member == null ? "#" + value : member.displayName();
            }
            case INTENT -> getTranslation("intent." + value.toUpperCase());
            case SENTIMENT -> getTranslation("sentiment." + value.toUpperCase());
        };
    }

    /** The filter a facet value adds to the query. */
    private String filterOf(TicketFacet.Property property, String value) {
        return switch (property) {
            case STATUS, PRIORITY, CHANNEL, INTENT, SENTIMENT ->
                property.name().toLowerCase() + ":" + value.toLowerCase().replace('_', '-');
            case GROUP -> "group:\"" + groupNames.getOrDefault(Long.valueOf(value), value) + "\"";
            case ASSIGNEE -> {
                StaffMember member = assignees.get(Long.valueOf(value));
                yield "assignee:" + (member == null ? value : member.username());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.search.title");
    }
}
