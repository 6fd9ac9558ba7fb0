package app.cairn.ingest;

import app.cairn.customer.CustomerManagement;
import app.cairn.ingest.ApiKeyAuthenticationFilter.ApiClient;
import app.cairn.support.Actor;
import app.cairn.support.AuthorType;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.InboxView;
import app.cairn.support.MessageKind;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketMessage;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Tickets over {@code /api/v1}, for a shop system relaying what its customers write: open a ticket, add the
 * customer's next message, read a ticket (its public conversation; internal notes never leave Cairn) and a
 * customer's tickets. Same keys, idempotency and problem+json errors as the rest of the API.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketApi {

    /** The most tickets one page may hold. */
    static final int MAX_PAGE = 100;

    private final TicketManagement tickets;
    private final TicketInbox inbox;
    private final CustomerManagement customers;
    private final IdempotentRequests idempotent;
    private final JsonFields fields;

    TicketApi(
            TicketManagement tickets,
            TicketInbox inbox,
            CustomerManagement customers,
            IdempotentRequests idempotent,
            JsonFields fields) {
        this.tickets = tickets;
        this.inbox = inbox;
        this.customers = customers;
        this.idempotent = idempotent;
        this.fields = fields;
    }

    /** A ticket opened by the shop for its customer. */
    record TicketRequest(
            String subject,
            Long customerId,
            String customerEmail,
            String customerName,
            String text,
            String html,
            String priority,
            String type,
            String orderNumber,
            Set<String> tags) {}

    /** The customer's next message. */
    record MessageRequest(String text, String html) {}

    /** A ticket as the API shows it, with its public conversation. */
    record TicketAnswer(
            long number,
            String subject,
            long customerId,
            String channel,
            String status,
            String priority,
            String type,
            String orderNumber,
            Set<String> tags,
            Instant createdAt,
            Instant updatedAt,
            Instant firstResponseAt,
            Instant solvedAt,
            List<MessageAnswer> messages) {}

    /** One public message: from the customer or from the shop's staff. */
    record MessageAnswer(long id, String from, String text, String html, Instant createdAt) {}

    /** A line of a customer's ticket list. */
    record TicketLine(
            long number, String subject, String status, String priority, Instant createdAt, Instant updatedAt) {}

    @PostMapping("/tickets")
    ResponseEntity<String> open(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode body) {
        TicketRequest request = fields.read(body, TicketRequest.class).value();
        IngestService.Missing.check(
                "subject", request.subject(), "text", request.text() != null ? request.text() : request.html());
        NewTicket ticket = new NewTicket(
                request.subject(),
                request.customerId(),
                request.customerEmail(),
                request.customerName(),
                TicketChannel.API,
                request.text(),
                request.html(),
                true,
                request.priority() == null
                        ? null
                        : IngestService.enumOf(TicketPriority.class, request.priority(), "priority"),
                request.type() == null ? null : IngestService.enumOf(TicketType.class, request.type(), "type"),
                null,
                request.orderNumber(),
                request.tags() == null ? Set.of() : request.tags());
        return answer(idempotent.run(
                client.keyId(),
                key,
                body,
                () -> new IngestRequests.Result(
                        tickets.open(ticket, Actor.system("api:key-" + client.keyId()))
                                .number(),
                        true)));
    }

    @PostMapping("/tickets/{number}/messages")
    ResponseEntity<String> message(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @PathVariable long number,
            @RequestBody JsonNode body) {
        MessageRequest request = fields.read(body, MessageRequest.class).value();
        IngestService.Missing.check("text", request.text() != null ? request.text() : request.html());
        inbox.find(number).orElseThrow(() -> IngestReads.notFound("number", String.valueOf(number)));
        return answer(idempotent.run(
                client.keyId(),
                key,
                List.of(number, body),
                () -> new IngestRequests.Result(
                        tickets.customerReply(number, TicketChannel.API, request.text(), request.html(), null)
                                .id(),
                        true)));
    }

    @GetMapping("/tickets/{number}")
    TicketAnswer ticket(@PathVariable long number) {
        Ticket ticket = inbox.find(number).orElseThrow(() -> IngestReads.notFound("number", String.valueOf(number)));
        List<MessageAnswer> messages = inbox.messages(number, 0, Integer.MAX_VALUE).stream()
                .filter(m -> m.kind() == MessageKind.REPLY)
                .map(TicketApi::answer)
                .toList();
        return new TicketAnswer(
                ticket.number(),
                ticket.subject(),
                ticket.customerId(),
                lower(ticket.channel()),
                lower(ticket.status()),
                lower(ticket.priority()),
                ticket.type() == null ? null : lower(ticket.type()),
                ticket.orderNumber(),
                new TreeSet<>(ticket.tags()),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.firstResponseAt(),
                ticket.solvedAt(),
                messages);
    }

    @GetMapping("/customers/{id}/tickets")
    List<TicketLine> customerTickets(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        customers.find(id).orElseThrow(() -> IngestReads.notFound("id", String.valueOf(id)));
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ApiProblem(
                    422,
                    "The page asked for cannot be given.",
                    List.of(new FieldError(
                            "limit", "out-of-range", "Use offset ≥ 0 and a limit from 1 to " + MAX_PAGE + ".")));
        }
        InboxFilter filter = new InboxFilter(InboxView.ALL, 0, null, null, null, null, id, null, null);
        return inbox.page(filter, InboxSort.UPDATED, offset, limit).stream()
                .map(t -> new TicketLine(
                        t.number(), t.subject(), lower(t.status()), lower(t.priority()), t.createdAt(), t.updatedAt()))
                .toList();
    }

    private static MessageAnswer answer(TicketMessage message) {
        return new MessageAnswer(
                message.id(),
                message.authorType() == AuthorType.CUSTOMER ? "customer" : "staff",
                message.text(),
                message.html(),
                message.createdAt());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static ResponseEntity<String> answer(IdempotentRequests.Answer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
