package app.cairn.journey.internal.entries;

import app.cairn.commerce.CustomerEventRecorded;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderRecorded;
import app.cairn.commerce.OrdersRecorded;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.GoalStep;
import app.cairn.journey.step.ServiceEvent;
import app.cairn.returns.ReturnCompleted;
import app.cairn.segment.SegmentEntered;
import app.cairn.segment.SegmentExited;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.Deadlocks;
import app.cairn.support.CsatReceived;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketOpened;
import app.cairn.support.TicketSolved;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules' events do to journeys, once the change behind them is committed: an event or an order enrols
 * customers in journeys it is the entry of (when it passes their filter), wakes their enrolments waiting for it,
 * marks the goals it meets and the experiments it converts; entering a segment enrols them in journeys with that
 * entry, and leaving it makes their enrolments look again at once (for journeys that let leavers go). Whatever
 * this does puts enrolments in the engine's fast lane, taken before any backlog of due steps (within seconds);
 * the engine takes the steps. Events are handled on their own threads after their transaction committed, through
 * the event publication registry: one whose handling failed, or whose node died first, is handed over again
 * ({@code EventResubmission}), so no entry or wake-up is lost.
 */
@Component
public class JourneyTriggers {

    public static final String ORDER_PLACED = "ORDER_PLACED";

    /**
     * How recent an order a bulk write recorded must be to enter or wake journeys: an import of last year's orders
     * must not send everyone a post-purchase journey.
     */
    public static final Duration IMPORTED_RECENT = Duration.ofDays(1);

    private final JourneyPlans plans;
    private final JourneyEntries entries;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public JourneyTriggers(
            JourneyPlans plans,
            JourneyEntries entries,
            JdbcClient jdbc,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.plans = plans;
        this.entries = entries;
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CustomerEventRecorded event) {
        happened(event.customerId(), event.type().name(), event.occurredAt(), properties(event.properties()), null);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(OrderRecorded order) {
        // filters compare totals across customers: in the reporting currency, as every such comparison
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("total", order.reportingTotal());
        properties.put("order_total", order.total());
        properties.put("currency", order.currency());
        properties.put("order_number", order.orderNumber());
        happened(order.customerId(), ORDER_PLACED, order.placedAt(), properties, order.reportingTotal());
    }

    /** Orders a bulk write recorded: those placed within {@link #IMPORTED_RECENT} count as if recorded one by one. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(OrdersRecorded orders) {
        Instant since = clock.instant().minus(IMPORTED_RECENT);
        orders.recent().stream()
                .filter(order -> !order.placedAt().isBefore(since))
                .forEach(this::on);
    }

    /**
     * A ticket was opened: a customer event {@code TICKET_OPENED} with its {@code channel}. Tickets journeys open
     * themselves do not count, so that a journey entered on tickets cannot feed itself.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(TicketOpened opened) {
        if (opened.channel() != TicketChannel.JOURNEY) {
            happened(
                    opened.customerId(),
                    EventType.TICKET_OPENED.name(),
                    opened.at(),
                    Map.of("channel", opened.channel().name(), "ticket", opened.ticketNumber()),
                    null);
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(TicketSolved solved) {
        happened(
                solved.customerId(),
                ServiceEvent.TICKET_SOLVED.name(),
                solved.at(),
                Map.of("ticket", solved.ticketNumber()),
                null);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CsatReceived rated) {
        happened(
                rated.customerId(),
                ServiceEvent.CSAT_RECEIVED.name(),
                rated.at(),
                Map.of("rating", rated.rating(), "ticket", rated.ticketNumber()),
                null);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ReturnCompleted completed) {
        happened(
                completed.customerId(),
                ServiceEvent.RETURN_COMPLETED.name(),
                completed.at(),
                Map.of(
                        "status", completed.status().name(),
                        "resolution", completed.resolution().name(),
                        "total", completed.total(),
                        "currency", completed.currency(),
                        "return_number", completed.returnNumber()),
                null);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(SegmentEntered entered) {
        for (JourneyPlans.Running journey : plans.running()) {
            if (journey.status() == JourneyStatus.LIVE
                    && journey.live().entrySegment().equals(Optional.of(entered.segmentId()))) {
                entries.enrol(
                        journey.live(),
                        List.of(entered.customerId()),
                        Map.of(entered.customerId(), entered.at()),
                        true);
            }
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(SegmentExited exited) {
        for (JourneyPlans.Running journey : plans.running()) {
            if (journey.live().settings().exitOnSegmentExit()
                    && journey.live().entrySegment().equals(Optional.of(exited.segmentId()))) {
                LocalDateTime now = UtcColumns.toColumn(clock.instant());
                Deadlocks.retry(() -> ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                                UPDATE journey_enrolment SET due_at = ?, urgent_at = ?
                                WHERE customer_id = ? AND journey_id = ? AND ended_at IS NULL""")
                        .params(now, now, exited.customerId(), journey.journeyId())
                        .update()));
            }
        }
    }

    private void happened(
            long customerId, String event, Instant at, Map<String, Object> properties, BigDecimal revenue) {
        List<JourneyPlans.Running> running = plans.running();
        if (running.isEmpty()) {
            return; // nobody is in a journey that could take notice: no reads or writes per event
        }
        for (JourneyPlans.Running journey : running) {
            JourneyNode entry = journey.live().entry();
            if (journey.status() == JourneyStatus.LIVE
                    && entry.step() instanceof EntryStep.OnEvent on
                    && event.equals(on.event())
                    && on.admits(properties)) {
                entries.enrol(journey.live(), List.of(customerId), Map.of(), true);
            }
        }
        // the engine locks batches of enrolments while an event locks the customer's, so the two can meet; a wake-up
        // lost to that would leave a wait to its timeout
        Deadlocks.retry(() -> ownTransaction.executeWithoutResult(status -> wake(customerId, event, at, revenue)));
    }

    /** Wakes the customer's enrolments waiting for the event, marks goals met and experiments converted. */
    private void wake(long customerId, String event, Instant at, BigDecimal revenue) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE journey_enrolment SET happened_at = ?, due_at = ?, urgent_at = ?
                        WHERE customer_id = ? AND ended_at IS NULL AND waiting_for = ?""")
                .params(UtcColumns.toColumn(now), UtcColumns.toColumn(now), UtcColumns.toColumn(now), customerId, event)
                .update();
        record Active(long id, long versionId, String node, Instant enteredAt) {}
        List<Active> active = jdbc.sql("""
                        SELECT id, version_id, node_id, entered_at FROM journey_enrolment
                        WHERE customer_id = ? AND ended_at IS NULL AND goal_at IS NULL""")
                .param(customerId)
                .query((rs, row) -> new Active(rs.getLong(1), rs.getLong(2), rs.getString(3), UtcColumns.read(rs, 4)))
                .list();
        for (Active a : active) {
            if (a.enteredAt().isAfter(at)) {
                continue;
            }
            plans.plan(a.versionId()).goalFor(event).ifPresent(goal -> {
                boolean wakeNow = goal.step(GoalStep.class).exit() || goal.id().equals(a.node());
                jdbc.sql("""
                                UPDATE journey_enrolment
                                SET goal_node = ?, goal_at = ?, goal_revenue = ?, due_at = IF(?, ?, due_at),
                                    urgent_at = IF(?, ?, urgent_at)
                                WHERE id = ? AND goal_at IS NULL AND ended_at IS NULL""")
                        .params(
                                goal.id(),
                                UtcColumns.toColumn(at),
                                revenue,
                                wakeNow,
                                UtcColumns.toColumn(now),
                                wakeNow,
                                UtcColumns.toColumn(now),
                                a.id())
                        .update();
            });
        }
        jdbc.sql("""
                        UPDATE journey_experiment_entry SET converted_at = ?
                        WHERE customer_id = ? AND goal_event = ? AND converted_at IS NULL AND assigned_at <= ?""")
                .params(UtcColumns.toColumn(at), customerId, event, UtcColumns.toColumn(at))
                .update();
    }

    private Map<String, Object> properties(String properties) {
        if (properties == null || properties.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(properties, new TypeReference<Map<String, Object>>() {});
        } catch (JacksonException notAnObject) {
            return Map.of();
        }
    }
}
