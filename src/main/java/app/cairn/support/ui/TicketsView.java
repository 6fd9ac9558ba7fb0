package app.cairn.support.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.InboxView;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.Surveys;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketMerges;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketRow;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;

/** The agents' inbox (the page of tickets): ready-made views, filters and sort over every ticket, a page at a time, with bulk actions. */
@Route("tickets")
@Menu(order = 5, icon = "vaadin:inbox", title = "nav.tickets")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class TicketsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TicketInbox inbox;
    private final StaffMember me;
    private final Actor actor;
    private final transient Surveys surveys;
    private final Map<Tab, InboxView> views = new HashMap<>();
    private final Tabs tabs = new Tabs();
    private final ComboBox<TicketStatus> status = new ComboBox<>();
    private final ComboBox<TicketPriority> priority = new ComboBox<>();
    private final ComboBox<SupportGroup> group = new ComboBox<>();
    private final ComboBox<Intent> intent = new ComboBox<>();
    private final ComboBox<Sentiment> sentiment = new ComboBox<>();
    private final TextField tag = new TextField();
    private final ComboBox<InboxSort> sort = new ComboBox<>();
    private final Grid<TicketRow> grid = new Grid<>(TicketRow.class, false);
    private final Span total = new Span();
    private final Paragraph empty = new Paragraph();

    /** Builds the inbox over the support module's API. */
    public TicketsView(
            TicketInbox inbox,
            TicketManagement tickets,
            TicketUpdates updates,
            TicketMerges merges,
            Surveys surveys,
            SupportGroups groups,
            StaffManagement staff,
            AuthenticationContext authentication) {
        this.inbox = inbox;
        this.me = CurrentAgent.of(authentication, staff);
        this.actor = CurrentAgent.actor(authentication, staff);
        setSizeFull();
        total.setId("inbox-total");
        empty.setId("inbox-empty");
        empty.setText(getTranslation("support.inbox.empty"));
        BulkActions bulk = new BulkActions(
                updates, merges, inbox.assignees().values(), () -> grid.getSelectedItems(), actor, this::refresh);
        this.surveys = surveys;
        add(tabs(), filters(tickets, groups), bulk, total, grid, empty);
        configureGrid();
        grid.addSelectionListener(
                event -> bulk.setSelection(event.getAllSelectedItems().size()));
        refresh();
    }

    private Tabs tabs() {
        tabs.setId("inbox-views");
        for (InboxView view : InboxView.values()) {
            Tab tab = new Tab(getTranslation(
                    "support.inbox.view." + view.name().toLowerCase().replace('_', '-')));
            tab.setId("inbox-view-" + view.name().toLowerCase().replace('_', '-'));
            views.put(tab, view);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> refresh());
        return tabs;
    }

    private HorizontalLayout filters(TicketManagement tickets, SupportGroups groups) {
        status.setId("inbox-status");
        status.setPlaceholder(getTranslation("support.field.status"));
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> TicketLabels.label(this, s));
        priority.setId("inbox-priority");
        priority.setPlaceholder(getTranslation("support.field.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> TicketLabels.label(this, p));
        group.setId("inbox-group");
        group.setPlaceholder(getTranslation("support.field.group-name"));
        group.setItems(groups.all());
        group.setItemLabelGenerator(SupportGroup::name);
        intent.setId("inbox-intent");
        intent.setPlaceholder(getTranslation("support.field.intent"));
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        sentiment.setId("inbox-sentiment");
        sentiment.setPlaceholder(getTranslation("support.field.sentiment"));
        sentiment.setItems(Sentiment.values());
        sentiment.setItemLabelGenerator(s -> getTranslation("sentiment." + s.name()));
        tag.setId("inbox-tag");
        tag.setPlaceholder(getTranslation("support.field.tag"));
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        sort.setId("inbox-sort");
        sort.setItems(InboxSort.values());
        sort.setItemLabelGenerator(
                s -> getTranslation("support.inbox.sort." + s.name().toLowerCase()));
        sort.setValue(InboxSort.UPDATED);
        sort.setWidth("15rem");
        for (ComboBox<?> box : java.util.List.of(status, priority, group, intent, sentiment)) {
            box.setClearButtonVisible(true);
            box.setWidth("10rem");
        }
        status.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        intent.addValueChangeListener(e -> refresh());
        sentiment.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        Button create = new Button(
                getTranslation("support.inbox.new"), e -> new NewTicketDialog(tickets, actor, this::open).open());
        create.setId("inbox-new");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Checkbox away = new Checkbox(getTranslation("support.inbox.away"), groups.isAway(me.id()));
        away.setId("inbox-away");
        away.addValueChangeListener(e -> groups.away(me.id(), e.getValue()));
        double[] score = surveys.agentScore(me.id());
        Span satisfaction = new Span(
                score[1] == 0
                        ? getTranslation("support.survey.mine-none")
                        : getTranslation(
                                "support.survey.mine", String.format(getLocale(), "%.1f", score[0]), (long) score[1]));
        satisfaction.setId("inbox-satisfaction");
        TextField find = new TextField();
        find.setId("inbox-search");
        find.setPlaceholder(getTranslation("support.search.placeholder"));
        find.setPrefixComponent(new com.vaadin.flow.component.icon.Icon("vaadin", "search"));
        find.setWidth("16rem");
        find.getElement()
                .addEventListener("keydown", event -> getUI().ifPresent(ui -> ui.navigate(
                        "tickets/search",
                        com.vaadin.flow.router.QueryParameters.of(
                                "q",
                                event.getEventData()
                                        .get("element.value")
                                        .asString()
                                        .strip()))))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        HorizontalLayout filters = new HorizontalLayout(
                find, status, priority, group, intent, sentiment, tag, sort, create, away, satisfaction);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(t -> "#" + t.number()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketRow::subject)
                .setHeader(getTranslation("support.field.subject-short"))
                .setFlexGrow(3);
        grid.addColumn(TicketRow::customerName)
                .setHeader(getTranslation("support.field.customer"))
                .setFlexGrow(2);
        grid.addComponentColumn(t -> TicketLabels.badge(this, t.status()))
                .setHeader(getTranslation("support.field.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TicketLabels.badge(this, t.priority()))
                .setHeader(getTranslation("support.field.priority"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.intent() == null ? "—" : getTranslation(t.intent().messageKey()))
                .setHeader(getTranslation("support.field.intent"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TicketLabels.badge(this, t.sentiment()))
                .setHeader(getTranslation("support.field.sentiment"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.assigneeName() == null ? "—" : t.assigneeName())
                .setHeader(getTranslation("support.field.assignee"));
        grid.addColumn(t -> t.groupName() == null ? "—" : t.groupName())
                .setHeader(getTranslation("support.field.group-name"));
        grid.addColumn(t -> StaffTimeZone.format(t.updatedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("support.field.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> inbox.page(filter(), sort.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(event -> open(event.getItem().number()));
    }

    private void open(long number) {
        getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("number", Long.toString(number))));
    }

    private InboxFilter filter() {
        InboxView view = views.getOrDefault(tabs.getSelectedTab(), InboxView.MINE);
        return new InboxFilter(
                view,
                me.id(),
                status.getValue(),
                priority.getValue(),
                group.getValue() == null ? null : group.getValue().id(),
                tag.getValue().isBlank() ? null : tag.getValue(),
                null,
                intent.getValue(),
                sentiment.getValue());
    }

    private void refresh() {
        long count = inbox.count(filter());
        total.setText(getTranslation("support.inbox.total", count));
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tickets");
    }
}
