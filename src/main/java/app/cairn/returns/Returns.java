package app.cairn.returns;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.OrderView;
import app.cairn.commerce.StoredOrder;
import app.cairn.returns.internal.ReturnStore;
import app.cairn.shared.StorableText;
import app.cairn.support.Actor;
import app.cairn.support.Ticket;
import app.cairn.support.TicketInbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns and exchanges: asked for on lines of an order, moved through {@link ReturnStatus}, and completed. A refund
 * (or store credit) is recorded in commerce as a credit note under the return's number: an order of the same
 * customer, in the order's currency, with the returned lines at negative quantities. Commerce's one rule for money
 * going back then lowers the customer's spend everywhere it is read (customer page, segments, scores). An exchange
 * moves no money.
 */
@Service
public class Returns {

    /** The longest note kept with a return. */
    public static final int MAX_NOTE = 2_000;

    private final ReturnStore store;
    private final CommerceManagement commerce;
    private final TicketInbox tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Returns(
            ReturnStore store,
            CommerceManagement commerce,
            TicketInbox tickets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.commerce = commerce;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for a return of items of an order.
     *
     * @throws ReturnException naming what is wrong: an unknown order or line, a quantity below 0 or above what is
     *     left to return on that line, nothing to return, a ticket of another customer, a missing reason or
     *     resolution, or a note that is too long
     */
    @Transactional
    public ProductReturn create(NewReturn request, Actor actor) {
        String orderNumber =
                request.orderNumber() == null ? "" : request.orderNumber().strip();
        if (orderNumber.isEmpty()) {
            throw new ReturnException("returns.error.order-required");
        }
        StoredOrder stored = commerce.order(orderNumber)
                .orElseThrow(() -> new ReturnException("returns.error.order-unknown", orderNumber));
        OrderView order = stored.order();
        if (order.total().signum() < 0) {
            throw new ReturnException("returns.error.credit-note", orderNumber);
        }
        if (!returnableStatus(order)) {
            throw new ReturnException("returns.error.not-delivered", orderNumber);
        }
        if (request.reason() == null) {
            throw new ReturnException("returns.error.reason-required");
        }
        if (request.resolution() == null) {
            throw new ReturnException("returns.error.resolution-required");
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : StorableText.require("returns.field.note", request.note().strip());
        if (note != null && note.length() > MAX_NOTE) {
            throw new ReturnException("returns.error.note-too-long", MAX_NOTE);
        }
        if (request.ticketNumber() != null) {
            Ticket ticket = tickets.find(request.ticketNumber())
                    .orElseThrow(() -> new ReturnException(
                            "returns.error.ticket-unknown",
                            request.ticketNumber().toString()));
            if (ticket.customerId() != stored.customerId()) {
                throw new ReturnException(
                        "returns.error.ticket-customer", request.ticketNumber().toString(), orderNumber);
            }
        }
        store.lockOrder(orderNumber);
        Map<Integer, Integer> left = left(order, store.returnedItems(orderNumber));
        List<ReturnLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, Integer> asked : new TreeMap<>(request.quantities()).entrySet()) {
            int position = asked.getKey();
            int quantity = asked.getValue() == null ? 0 : asked.getValue();
            if (position < 1 || position > order.lines().size()) {
                throw new ReturnException("returns.error.line-unknown", position, orderNumber);
            }
            OrderLineData line = order.lines().get(position - 1);
            String name = line.description() == null ? line.sku() : line.description();
            if (quantity < 0) {
                throw new ReturnException("returns.error.quantity-negative", name, quantity);
            }
            if (quantity > left.get(position)) {
                throw new ReturnException("returns.error.quantity-too-many", name, quantity, left.get(position));
            }
            if (quantity > 0) {
                lines.add(new ReturnLine(position, line.sku(), line.description(), quantity, line.unitPrice()));
            }
        }
        if (lines.isEmpty()) {
            throw new ReturnException("returns.error.nothing", orderNumber);
        }
        Instant now = clock.instant();
        BigDecimal total = lines.stream().map(ReturnLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProductReturn asked = new ProductReturn(
                0,
                stored.customerId(),
                orderNumber,
                request.ticketNumber(),
                request.reason(),
                request.resolution(),
                ReturnStatus.REQUESTED,
                order.currency(),
                total,
                note,
                lines,
                now,
                null);
        return store.find(store.insert(asked, actor.name())).orElseThrow();
    }

    /**
     * How many items of each line of the order (by position, from 1) can still be returned: ordered, less those in
     * returns that were not rejected.
     */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> returnable(String orderNumber) {
        return commerce.order(orderNumber)
                .map(stored -> left(stored.order(), store.returnedItems(orderNumber)))
                .orElse(Map.of());
    }

    /**
     * Moves a return to its next status. Refunding it records its credit note in commerce in the same transaction;
     * refunding or exchanging it publishes {@link ReturnCompleted}.
     *
     * @throws ReturnException when the return is unknown, or the step is not one its status and resolution allow
     *     (someone else may have moved it meanwhile)
     */
    @Transactional
    public ProductReturn advance(long id, ReturnStatus to, Actor actor) {
        ProductReturn current = store.lock(id)
                .orElseThrow(() -> new ReturnException("returns.error.unknown", ProductReturn.number(id)));
        if (!current.status().next(current.resolution()).contains(to)) {
            throw new ReturnException(
                    "returns.error.step",
                    current.number(),
                    current.status().name().toLowerCase(java.util.Locale.ROOT),
                    to.name().toLowerCase(java.util.Locale.ROOT));
        }
        Instant now = clock.instant();
        store.move(id, current.status(), to, actor.name(), now);
        if (to == ReturnStatus.REFUNDED) {
            creditNote(current, now);
        }
        if (to == ReturnStatus.REFUNDED || to == ReturnStatus.EXCHANGED) {
            events.publishEvent(new ReturnCompleted(
                    id,
                    current.number(),
                    current.customerId(),
                    current.orderNumber(),
                    current.ticketNumber(),
                    to,
                    current.resolution(),
                    current.total(),
                    current.currency(),
                    now));
        }
        return store.find(id).orElseThrow();
    }

    private void creditNote(ProductReturn refunded, Instant at) {
        List<OrderLineData> lines = refunded.lines().stream()
                .map(l -> new OrderLineData(l.sku(), l.description(), -l.quantity(), l.unitPrice()))
                .toList();
        boolean created = commerce.recordOrder(new OrderData(
                        refunded.number(), refunded.customerId(), at, OrderStatus.RETURNED, refunded.currency(), lines))
                .created();
        if (!created) {
            // an order of the shop's own already has the number: refunding would lower no spend, so nothing happens
            throw new ReturnException("returns.error.credit-number-taken", refunded.number());
        }
    }

    /** The return with this id. */
    @Transactional(readOnly = true)
    public Optional<ProductReturn> find(long id) {
        return store.find(id);
    }

    /** The steps the return has gone through, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnChange> history(long id) {
        return store.history(id);
    }

    /** A page of the customer's returns, newest first. */
    @Transactional(readOnly = true)
    public List<ProductReturn> ofCustomer(long customerId, int offset, int limit) {
        return store.ofCustomer(customerId, offset, limit);
    }

    /** How many returns the customer has. */
    @Transactional(readOnly = true)
    public long countOfCustomer(long customerId) {
        return store.countOfCustomer(customerId);
    }

    /** The returns asked for on a ticket, oldest first. */
    @Transactional(readOnly = true)
    public List<ProductReturn> ofTicket(long ticketNumber) {
        return store.ofTicket(ticketNumber);
    }

    /** Whether items of the order can be sent back: it is not a credit note, nor cancelled or returned already. */
    public static boolean returnableStatus(OrderView order) {
        return order.total().signum() > 0
                && order.status() != OrderStatus.CANCELLED
                && order.status() != OrderStatus.RETURNED;
    }

    private static Map<Integer, Integer> left(OrderView order, Map<Integer, Integer> returned) {
        Map<Integer, Integer> left = new TreeMap<>();
        for (int i = 0; i < order.lines().size(); i++) {
            int ordered = Math.max(0, order.lines().get(i).quantity());
            left.put(i + 1, Math.max(0, ordered - returned.getOrDefault(i + 1, 0)));
        }
        return left;
    }
}
