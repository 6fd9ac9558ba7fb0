package app.cairn.support.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.Csat;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.SlaSettings;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.SupportMailboxes;
import app.cairn.support.Surveys;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketSection;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
    private final VerticalLayout customerPanel = new VerticalLayout();
    private final SlaSummary slaSummary = new SlaSummary();
    private final VerticalLayout csat = new VerticalLayout();
    private final VerticalLayout sectionArea = new VerticalLayout();
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
            List<TicketSection> sections) {
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
        customerPanel.setId("ticket-customer");
        customerPanel.setPadding(false);
        sectionArea.setPadding(false);
        sectionArea.setId("ticket-sections");
        VerticalLayout main = new VerticalLayout(title, conversation, replyBox, sectionArea);
        if (!mailboxes.canEmail()) {
            Paragraph notEmailed = new Paragraph(getTranslation("support.reply.not-emailed"));
            notEmailed.setId("reply-not-emailed");
            main.addComponentAtIndex(2, notEmailed);
        }
        main.setPadding(false);
        csat.setId("ticket-csat");
        csat.setPadding(false);
        VerticalLayout side = new VerticalLayout(slaSummary, csat, properties, customerPanel);
        side.setPadding(false);
        side.setWidth("20rem");
        HorizontalLayout columns = new HorizontalLayout(main, side);
        columns.setWidthFull();
        columns.setFlexGrow(1, main);
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
        CustomerSummary customer = customers.summaries(List.of(ticket.customerId())).stream()
                .findFirst()
                .orElse(null);
        String customerName = customer == null ? "#" + ticket.customerId() : customer.displayName();
        Map<Long, String> staffNames =
                assignees.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        conversation.show(inbox.messages(number, 0, MESSAGES), customerName, staffNames, inbox.files(number));
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
        sectionArea.removeAll();
        for (TicketSection section : sections) {
            sectionArea.add(
                    new H3(getTranslation(section.titleKey())), section.create(ticket, actor, () -> load(number)));
        }
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
