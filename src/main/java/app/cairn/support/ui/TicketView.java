package app.cairn.support.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSection;
import app.cairn.customer.CustomerSummary;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.Csat;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.InboxView;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.SlaSettings;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.SupportMailboxes;
import app.cairn.support.Surveys;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketInsights;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketMerges;
import app.cairn.support.TicketPresence;
import app.cairn.support.TicketRow;
import app.cairn.support.TicketSection;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One ticket: its conversation, the box to reply or note, its fields, and who the customer is. When someone else
 * changed the ticket after it was opened here, a reply is held back once and the page shows the latest first.
 */
@Route("tickets/:number")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MESSAGES = 1000;

    /** Earlier tickets of the customer listed beside a ticket. */
    private static final int EARLIER = 5;

    /** How often an open ticket says it is open, and looks for others and for changes. */
    private static final int POLL_MILLIS = 5_000;

    private final transient TicketInbox inbox;
    private final transient TicketManagement tickets;
    private final transient CustomerManagement customers;
    private final transient SupportGroups groups;
    private final Actor actor;
    private final Collection<StaffMember> assignees;
    private final H2 title = new H2();
    private final Conversation conversation = new Conversation();
    private final ReplyBox replyBox;
    private final TicketProperties properties;
    private final InsightPanel insightPanel;
    private final transient TicketInsights insights;
    private final VerticalLayout customerPanel = new VerticalLayout();
    private final SlaSummary slaSummary = new SlaSummary();
    private final VerticalLayout csat = new VerticalLayout();
    private final VerticalLayout sectionArea = new VerticalLayout();
    private final Div presence = new Div();
    private final Div merged = new Div();
    private final transient TicketMerges merges;
    private final Poller poller = new Poller();
    private final transient TicketPresence presenceService;
    private final transient TicketUpdates updates;
    private final Actor viewer;
    private final transient List<CustomerSection> customerCards;
    private final transient List<TicketSection> sections;
    private final transient Surveys surveys;
    private final transient SlaSettings sla;
    private final transient java.time.Clock clock;
    private final String agentName;
    private Ticket ticket;
    private long seenVersion;
    private Macro.Filled pending;

    /** Builds the page over the support and customer modules' APIs. */
    public TicketView(
            TicketInbox inbox,
            TicketManagement tickets,
            TicketUpdates updates,
            SupportGroups groups,
            CustomerManagement customers,
            SupportMailboxes mailboxes,
            Macros macros,
            SlaSettings sla,
            Surveys surveys,
            java.time.Clock clock,
            StaffManagement staff,
            AuthenticationContext authentication,
            List<TicketSection> sections,
            List<CustomerSection> customerSections,
            TicketPresence presenceService,
            TicketMerges merges,
            TicketInsights insights) {
        this.merges = merges;
        this.presenceService = presenceService;
        this.customerCards = customerSections.stream()
                .filter(card -> card.placement() == CustomerSection.Placement.SUMMARY)
                .sorted(java.util.Comparator.comparingInt(CustomerSection::order))
                .toList();
        this.updates = updates;
        this.inbox = inbox;
        this.tickets = tickets;
        this.customers = customers;
        this.groups = groups;
        this.sla = sla;
        this.surveys = surveys;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(TicketSection::order))
                .toList();
        this.actor = CurrentAgent.actor(authentication, staff);
        this.agentName = CurrentAgent.of(authentication, staff).displayName();
        this.viewer = new Actor(actor.staffId(), agentName);
        this.assignees = inbox.assignees().values();
        title.setId("ticket-title");
        replyBox = new ReplyBox(
                new ReplyBox.Listener() {
                    @Override
                    public void reply(String text, TicketStatus then) {
                        Macro.Filled used = pending;
                        send(() -> {
                            tickets.reply(ticket.number(), text, null, then, actor);
                            if (used != null && used.priority() != null) {
                                updates.priority(ticket.number(), used.priority(), actor);
                            }
                            if (used != null) {
                                used.tags().forEach(tag -> updates.tag(ticket.number(), tag, actor));
                            }
                        });
                    }

                    @Override
                    public void note(String text) {
                        send(() -> tickets.note(ticket.number(), text, actor));
                    }

                    @Override
                    public void macro(Macro macro) {
                        pending = macros.fill(macro.id(), ticket.number(), agentName);
                        replyBox.fill(pending);
                    }
                },
                macros.all());
        properties = new TicketProperties(updates, actor, assignees, groups.all(), changed -> load(ticket.number()));
        this.insights = insights;
        insightPanel = new InsightPanel(insights, actor);
        customerPanel.setId("ticket-customer");
        customerPanel.setPadding(false);
        sectionArea.setPadding(false);
        sectionArea.setId("ticket-sections");
        presence.setId("ticket-presence");
        presence.setVisible(false);
        presence.getStyle()
                .set("background", "var(--lumo-warning-color-10pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Paragraph shortcuts = new Paragraph(getTranslation("support.shortcuts"));
        shortcuts.setId("ticket-shortcuts");
        shortcuts
                .getStyle()
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Shortcuts.addShortcutListener(
                this,
                () -> shortcut(() -> updates.status(ticket.number(), TicketStatus.SOLVED, actor)),
                Key.KEY_S,
                KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this,
                () -> shortcut(() -> updates.assign(ticket.number(), actor.staffId(), actor)),
                Key.KEY_M,
                KeyModifier.ALT);
        merged.setId("ticket-merged");
        VerticalLayout main =
                new VerticalLayout(title, merged, presence, conversation, replyBox, shortcuts, sectionArea);
        if (!mailboxes.canEmail()) {
            Paragraph notEmailed = new Paragraph(getTranslation("support.reply.not-emailed"));
            notEmailed.setId("reply-not-emailed");
            main.addComponentAtIndex(2, notEmailed);
        }
        main.setPadding(false);
        csat.setId("ticket-csat");
        csat.setPadding(false);
        VerticalLayout side = new VerticalLayout(slaSummary, csat, insightPanel, properties, customerPanel);
        side.setPadding(false);
        side.setWidth("20rem");
        HorizontalLayout columns = new HorizontalLayout(main, side);
        columns.setWidthFull();
        columns.setFlexGrow(1, main);
        // a wide grid in the conversation column must not push the side column off the page
        main.setMinWidth("0");
        side.getStyle().set("flex-shrink", "0");
        add(columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long number;
        try {
            number = Long.parseLong(event.getRouteParameters().get("number").orElse(""));
        } catch (NumberFormatException notANumber) {
            number = -1;
        }
        if (inbox.find(number).isEmpty()) {
            removeAll();
            Paragraph missing = new Paragraph(getTranslation("support.ticket.missing"));
            missing.setId("ticket-missing");
            add(missing);
            return;
        }
        load(number);
    }

    private void load(long number) {
        ticket = inbox.find(number).orElseThrow();
        seenVersion = ticket.version();
        title.setText("#" + ticket.number() + " " + ticket.subject());
        merged.removeAll();
        merges.mergedInto(number)
                .ifPresent(target -> merged.add(
                        new Span(getTranslation("support.ticket.merged-into") + " "),
                        new Anchor("tickets/" + target, "#" + target)));
        merged.setVisible(merged.getComponentCount() > 0);
        CustomerSummary customer = customers.summaries(List.of(ticket.customerId())).stream()
                .findFirst()
                .orElse(null);
        String customerName = customer == null ? "#" + ticket.customerId() : customer.displayName();
        Map<Long, String> staffNames =
                assignees.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        conversation.show(
                inbox.messages(number, 0, MESSAGES),
                customerName,
                staffNames,
                inbox.files(number),
                insights.messages(number));
        insightPanel.show(number);
        List<SupportGroup> all = groups.all();
        properties.show(ticket, assignees, all);
        slaSummary.show(sla.clocks(number), clock.instant());
        csat.removeAll();
        for (Csat answer : surveys.ofTicket(number)) {
            String text = answer.answeredAt() == null
                    ? getTranslation("support.survey.sent")
                    : getTranslation("support.survey.rated", answer.rating())
                            + (answer.comment() == null ? "" : " — “" + answer.comment() + "”");
            csat.add(new Paragraph(text));
        }
        customerPanel.removeAll();
        Anchor link = new Anchor("customers/" + ticket.customerId(), customerName);
        link.setId("ticket-customer-link");
        customerPanel.add(new Paragraph(getTranslation("support.field.customer")), link);
        if (customer != null && customer.email() != null) {
            customerPanel.add(new Paragraph(customer.email()));
        }
        earlierTickets(number);
        for (CustomerSection card : customerCards) {
            customerPanel.add(new H4(getTranslation(card.titleKey())), card.create(ticket.customerId()));
        }
        sectionArea.removeAll();
        for (TicketSection section : sections) {
            sectionArea.add(
                    new H3(getTranslation(section.titleKey())), section.create(ticket, actor, () -> load(number)));
        }
        lookAround();
    }

    /** The customer's other tickets, latest first, each a link. */
    private void earlierTickets(long number) {
        List<TicketRow> rows = inbox
                .page(
                        new InboxFilter(InboxView.ALL, 0, null, null, null, null, ticket.customerId(), null, null),
                        InboxSort.UPDATED,
                        0,
                        EARLIER + 1)
                .stream()
                .filter(row -> row.number() != number)
                .limit(EARLIER)
                .toList();
        VerticalLayout list = new VerticalLayout();
        list.setId("ticket-earlier");
        list.setPadding(false);
        list.setSpacing(false);
        if (rows.isEmpty()) {
            list.add(new Span(getTranslation("support.ticket.no-earlier")));
        }
        for (TicketRow row : rows) {
            list.add(new Anchor(
                    "tickets/" + row.number(),
                    "#" + row.number() + " " + row.subject() + " · " + TicketLabels.label(this, row.status())));
        }
        customerPanel.add(new H4(getTranslation("support.ticket.earlier")), list);
    }

    /** A change made with a keyboard shortcut: done, shown, or its refusal said. */
    private void shortcut(Runnable change) {
        if (ticket == null) {
            return;
        }
        try {
            change.run();
            load(ticket.number());
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        poller.start(POLL_MILLIS, this::lookAround);
        lookAround();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        poller.stop();
        if (ticket != null) {
            presenceService.left(ticket.number(), viewer);
        }
        super.onDetach(detach);
    }

    /**
     * Says who else has the ticket open, and whether someone changed it since this page showed it (a reply or note
     * written meanwhile is then not lost: the page offers to show the latest).
     */
    private void lookAround() {
        if (ticket == null) {
            return;
        }
        List<String> others = presenceService.here(ticket.number(), viewer);
        long current = inbox.find(ticket.number()).map(Ticket::version).orElse(seenVersion);
        presence.removeAll();
        if (!others.isEmpty()) {
            presence.add(new Span(getTranslation("support.presence.viewing", String.join(", ", others))));
        }
        if (current != seenVersion) {
            Button reload = new Button(getTranslation("support.presence.show-latest"), click -> load(ticket.number()));
            reload.setId("ticket-show-latest");
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            presence.add(new Span(" " + getTranslation("support.presence.changed")), reload);
        }
        presence.setVisible(presence.getComponentCount() > 0);
    }

    private void send(Runnable action) {
        long current = inbox.find(ticket.number()).map(Ticket::version).orElse(seenVersion);
        if (current != seenVersion) {
            load(ticket.number());
            replyBox.say(getTranslation("support.reply.changed-meanwhile"));
            return;
        }
        try {
            action.run();
            pending = null;
            replyBox.clear();
            load(ticket.number());
            Notification.show(getTranslation("support.reply.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException refused) {
            replyBox.say(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return ticket == null ? getTranslation("nav.tickets") : "#" + ticket.number() + " " + ticket.subject();
    }
}
