package app.cairn.support;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.HistoryStore;
import app.cairn.support.internal.InboxQueries;
import app.cairn.support.internal.MessageStore;
import app.cairn.support.internal.TicketStore;
import app.cairn.support.internal.files.AttachmentStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What agents read: the inbox's views, one ticket with its conversation and history, a customer's tickets. */
@Service
@Transactional(readOnly = true)
public class TicketInbox {

    private final TicketStore tickets;
    private final MessageStore messages;
    private final HistoryStore history;
    private final InboxQueries inbox;
    private final GroupStore groups;
    private final CustomerManagement customers;
    private final StaffManagement staff;
    private final AttachmentStore attachments;

    TicketInbox(
            TicketStore tickets,
            MessageStore messages,
            HistoryStore history,
            InboxQueries inbox,
            GroupStore groups,
            CustomerManagement customers,
            StaffManagement staff,
            AttachmentStore attachments) {
        this.attachments = attachments;
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.inbox = inbox;
        this.groups = groups;
        this.customers = customers;
        this.staff = staff;
    }

    /** The files of the ticket's messages: attachments, and which messages are kept as received. */
    @Transactional(readOnly = true)
    public TicketFiles files(long number) {
        return new TicketFiles(attachments.ofTicket(number), attachments.rawMessages(number));
    }

    /** The ticket, if there is one with this number. */
    public Optional<Ticket> find(long number) {
        return tickets.find(number, false);
    }

    /** The ticket's messages, oldest first (notes included: staff read this). */
    public List<TicketMessage> messages(long number, int offset, int limit) {
        return messages.of(number, offset, limit);
    }

    /** The ticket's own history, oldest first. */
    public List<TicketChange> history(long number) {
        return history.of(number);
    }

    /** A page of the inbox, with the customers', assignees' and groups' names. */
    public List<TicketRow> page(InboxFilter filter, InboxSort sort, int offset, int limit) {
        List<InboxQueries.Row> rows = inbox.page(filter, sort, offset, limit);
        Map<Long, String> customerNames =
                customers
                        .summaries(rows.stream()
                                .map(InboxQueries.Row::customerId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::displayName, (a, b) -> a));
        Map<Long, String> staffNames = new HashMap<>();
        rows.stream()
                .map(InboxQueries.Row::assigneeId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(id -> staffNames.put(
                        id, staff.find(id).map(StaffMember::displayName).orElse("#" + id)));
        Map<Long, String> groupNames =
                groups.all().stream().collect(Collectors.toMap(SupportGroup::id, SupportGroup::name));
        return rows.stream()
                .map(r -> new TicketRow(
                        r.number(),
                        r.subject(),
                        r.customerId(),
                        customerNames.getOrDefault(r.customerId(), "#" + r.customerId()),
                        r.status(),
                        r.priority(),
                        r.channel(),
                        r.assigneeId() == null ? null : staffNames.get(r.assigneeId()),
                        r.groupId() == null ? null : groupNames.get(r.groupId()),
                        r.createdAt(),
                        r.updatedAt(),
                        r.intent(),
                        r.sentiment()))
                .toList();
    }

    /** How many tickets the inbox filter selects. */
    public long count(InboxFilter filter) {
        return inbox.count(filter);
    }

    /** The staff members tickets may be assigned to (enabled agents and admins), by id. */
    public Map<Long, StaffMember> assignees() {
        return staff.page("", org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(m -> m.enabled()
                        && (m.has(app.cairn.shared.StaffRole.AGENT) || m.has(app.cairn.shared.StaffRole.ADMIN)))
                .collect(Collectors.toMap(
                        StaffMember::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
