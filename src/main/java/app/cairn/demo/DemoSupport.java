package app.cairn.demo;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderView;
import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.Assignment;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.NewTicket;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportGroups;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo shop's support desk: two groups, two canned replies and a dozen tickets in English and Chinese from demo
 * customers about their real orders, at every stage (new, answered and waiting, solved), for the demo agent to work.
 * Made once (when its group is not there yet). No mailbox is set up, so nothing is e-mailed to anyone.
 */
@Component
class DemoSupport {

    /** A demo conversation: what the customer wrote, and the agent's reply and note (null for none yet). */
    private record Story(
            String subject,
            String text,
            String reply,
            String note,
            TicketStatus after,
            TicketPriority priority,
            String tag) {}

    private static final List<Story> STORIES = List.of(
            new Story(
                    "Where is my order?",
                    "Hello, I ordered last week and the parcel has not arrived. Can you check?",
                    "The parcel left our warehouse on Monday; DHL says it arrives tomorrow.",
                    null,
                    TicketStatus.PENDING,
                    TicketPriority.NORMAL,
                    "delivery"),
            new Story(
                    "Mug arrived broken",
                    "One of the two mugs was broken in the box. Photo attached in my next mail.",
                    "Sorry about that! We are sending a new mug today, no need to return the broken one.",
                    "Second breakage from this packer this month.",
                    TicketStatus.SOLVED,
                    TicketPriority.HIGH,
                    "damaged"),
            new Story(
                    "Wrong size",
                    "The jumper is too small. Can I exchange it for a size L?",
                    null,
                    null,
                    null,
                    TicketPriority.NORMAL,
                    "exchange"),
            new Story(
                    "Invoice with company name",
                    "Could you send an invoice with our company name for my last order?",
                    "Of course, the invoice is attached to this reply.",
                    null,
                    TicketStatus.SOLVED,
                    TicketPriority.LOW,
                    "invoice"),
            new Story(
                    "Discount code does not work",
                    "The code WELCOME10 says it expired, but I only signed up yesterday.",
                    null,
                    "Check whether the welcome journey sent the code twice.",
                    null,
                    TicketPriority.NORMAL,
                    "coupon"),
            new Story(
                    "Change delivery address",
                    "I moved: please send my order to my new address in Leeds.",
                    null,
                    null,
                    null,
                    TicketPriority.URGENT,
                    "address"),
            new Story(
                    "订单什么时候发货？",
                    "你好，我上周下的订单还没有发货，请帮忙查一下。",
                    "您好，您的订单已于今天发出，顺丰单号会通过短信发送给您。",
                    null,
                    TicketStatus.PENDING,
                    TicketPriority.NORMAL,
                    "delivery"),
            new Story(
                    "收到的商品有破损",
                    "台灯的灯罩在运输中压坏了，请问怎么处理？",
                    "非常抱歉！我们会免费补发一个新的灯罩，无需退回。",
                    "该批次包装需要加固。",
                    TicketStatus.SOLVED,
                    TicketPriority.HIGH,
                    "damaged"),
            new Story("想换一个颜色", "我买的杯子是蓝色的，可以换成红色吗？", null, null, null, TicketPriority.NORMAL, "exchange"),
            new Story("发票抬头", "请帮我开具公司抬头的发票。", null, null, null, TicketPriority.LOW, "invoice"),
            new Story(
                    "Thank you!",
                    "Just wanted to say the tea set is beautiful. Thanks for the quick delivery!",
                    "Thank you for your kind words, enjoy your tea!",
                    null,
                    TicketStatus.SOLVED,
                    TicketPriority.LOW,
                    "praise"),
            new Story(
                    "Cancel my order",
                    "Please cancel my order, I ordered the wrong item by mistake.",
                    null,
                    null,
                    null,
                    TicketPriority.HIGH,
                    "cancel"));

    static final String ORDERS = "Orders and delivery";

    private final SupportGroups groups;
    private final Macros macros;
    private final TicketManagement tickets;
    private final TicketUpdates updates;
    private final CustomerManagement customers;
    private final CommerceManagement commerce;
    private final StaffManagement staff;

    DemoSupport(
            SupportGroups groups,
            Macros macros,
            TicketManagement tickets,
            TicketUpdates updates,
            CustomerManagement customers,
            CommerceManagement commerce,
            StaffManagement staff) {
        this.groups = groups;
        this.macros = macros;
        this.tickets = tickets;
        this.updates = updates;
        this.customers = customers;
        this.commerce = commerce;
        this.staff = staff;
    }

    /** Creates the desk unless it is there already (a group of its name exists); answers the tickets opened. */
    List<Long> create() {
        if (groups.all().stream().anyMatch(g -> g.name().equals(ORDERS))) {
            return List.of();
        }
        Optional<StaffMember> agent = staff.findByUsername("agent");
        Set<Long> members = agent.map(a -> Set.of(a.id())).orElse(Set.of());
        SupportGroup orders = groups.create(ORDERS, members, Assignment.ROUND_ROBIN);
        groups.create("Returns", members, Assignment.MANUAL);
        macros.save(new Macro(
                null,
                "Parcel on its way",
                "Hello {{customer.first_name}},\n\nyour order {{ticket.order}} is on its way and should arrive within two"
                        + " working days.\n\nBest wishes,\n{{agent.name}}",
                TicketStatus.PENDING,
                null,
                Set.of("delivery"),
                false));
        macros.save(new Macro(
                null,
                "Replacement sent",
                "Hello {{customer.first_name}},\n\nwe are sorry the item arrived damaged. A replacement is on its way; there"
                        + " is no need to send the damaged one back.\n\n{{agent.name}}",
                TicketStatus.SOLVED,
                null,
                Set.of("damaged"),
                false));
        List<CustomerSummary> people = customers.page(CustomerFilter.all(), 0, 60, "signupAt", true);
        Actor by = agent.map(a -> Actor.staff(a.id(), a.username())).orElse(Actor.system("demo"));
        List<Long> opened = new java.util.ArrayList<>();
        for (int i = 0; i < STORIES.size() && i < people.size(); i++) {
            opened.add(open(
                    STORIES.get(i),
                    people.get(i * people.size() / STORIES.size()),
                    i % 4 == 3 ? null : orders.id(),
                    by));
        }
        return opened;
    }

    private long open(Story story, CustomerSummary customer, Long group, Actor by) {
        String order = commerce.orders(customer.id(), 0, 1).stream()
                .findFirst()
                .map(OrderView::orderNumber)
                .orElse(null);
        Ticket ticket = tickets.open(
                new NewTicket(
                        story.subject(),
                        customer.id(),
                        null,
                        null,
                        TicketChannel.WEB_FORM,
                        story.text(),
                        null,
                        true,
                        story.priority(),
                        null,
                        group,
                        order,
                        Set.of(story.tag())),
                Actor.system("demo"));
        if (story.note() != null) {
            tickets.note(ticket.number(), story.note(), by);
        }
        if (story.reply() != null) {
            tickets.reply(ticket.number(), story.reply(), null, story.after(), by);
        } else if (story.after() != null) {
            updates.status(ticket.number(), story.after(), by);
        }
        return ticket.number();
    }
}
