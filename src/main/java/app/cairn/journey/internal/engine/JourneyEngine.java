package app.cairn.journey.internal.engine;

import app.cairn.customer.CustomerManagement;
import app.cairn.journey.EndReason;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.step.GoalStep;
import app.cairn.segment.SegmentMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves enrolments through their journeys. Each run claims a batch of due enrolments ({@code FOR UPDATE SKIP
 * LOCKED}, so nodes running side by side never take the same one) and, in one transaction, takes every step each
 * can take now: entries, branches and actions run at once, until each walk rests at a wait or ends. The steps,
 * their effects (messages queued, text messages and webhook calls put out for sending, profile changes) and the
 * counts are written in that transaction too, so a step is done once or, after a crash, not at all and done again
 * by the next run. A batch that fails is run again one enrolment at a time, so that one bad enrolment holds up
 * only itself.
 */
@Component
public class JourneyEngine {

    public static final int BATCH = 500;
    /** Steps taken in one transaction at most; a validated journey waits long before this (no loop without a wait). */
    public static final int MAX_ROUNDS = 100;
    /** How long an enrolment whose step failed waits before it is tried again. */
    public static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(JourneyEngine.class);

    private final Enrolments enrolments;
    private final JourneyPlans plans;
    private final CustomerManagement customers;
    private final SegmentMembership membership;
    private final CustomerZones zones;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<NodeType, StepHandler> handlers = new EnumMap<>(NodeType.class);

    @SuppressWarnings("java:S107") // the engine ties the steps to the modules they act on
    public JourneyEngine(
            Enrolments enrolments,
            JourneyPlans plans,
            CustomerManagement customers,
            SegmentMembership membership,
            CustomerZones zones,
            TransactionTemplate transactions,
            Clock clock,
            List<StepHandler> handlers) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.customers = customers;
        this.membership = membership;
        this.zones = zones;
        // Read committed: the tickers claim with SKIP LOCKED and move enrolments by key; the gap locks of repeatable
        // read on the due-time index only made them deadlock with each other and with entries (seen at 1M).
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setIsolationLevel(
                org.springframework.transaction.TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        for (StepHandler handler : handlers) {
            handler.types().forEach(type -> {
                if (this.handlers.put(type, handler) != null) {
                    throw new IllegalStateException("Two handlers for " + type);
                }
            });
        }
        for (NodeType type : NodeType.values()) {
            if (!this.handlers.containsKey(type)) {
                throw new IllegalStateException("No handler for " + type);
            }
        }
    }

    /**
     * Runs batches until nothing is due or the time is up; answers the enrolments moved. Customers in stopped
     * journeys leave first. Before each batch of ordinary due steps it takes those in the fast lane (an event's
     * entry or wake-up, a customer enrolled by hand), so these wait for one batch at most, however large the
     * backlog.
     */
    public int runDue(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int moved = 0;
        int claimed;
        do {
            claimed = runBatch(Lane.STOPPED);
            moved += claimed;
        } while (claimed > 0 && System.nanoTime() < until);
        int urgent;
        do {
            urgent = runBatch(Lane.URGENT);
            claimed = runBatch(Lane.DUE);
            moved += urgent + claimed;
        } while ((claimed == BATCH || urgent == BATCH) && System.nanoTime() < until);
        return moved;
    }

    /** Which enrolments a batch claims. */
    private enum Lane {
        /** Those still in stopped journeys, due or not: they leave. */
        STOPPED,
        /** Due ones in the fast lane. */
        URGENT,
        /** Every due one, earliest first. */
        DUE
    }

    /** One batch of the lane; answers how many it claimed. */
    private int runBatch(Lane lane) {
        List<Long> claimed = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                JourneyPlans.Held held = plans.held();
                List<Enrolments.Row> rows =
                        switch (lane) {
                            case STOPPED -> enrolments.claimUnended(held.stopped(), BATCH);
                            case URGENT -> enrolments.claimUrgent(clock.instant(), held.paused(), BATCH);
                            case DUE -> enrolments.claimDue(clock.instant(), held.paused(), BATCH);
                        };
                rows.forEach(r -> claimed.add(r.id()));
                walk(rows, held.stopped());
            });
            return claimed.size();
        } catch (RuntimeException failed) {
            if (claimed.size() <= 1) {
                park(claimed, failed);
                return claimed.size();
            }
            log.warn("A batch of {} journey enrolments failed; running them one by one", claimed.size(), failed);
            for (long id : claimed) {
                runOne(id);
            }
            return claimed.size();
        }
    }

    private void runOne(long id) {
        try {
            transactions.executeWithoutResult(status ->
                    walk(enrolments.claimIds(List.of(id)), plans.held().stopped()));
        } catch (RuntimeException failed) {
            park(List.of(id), failed);
        }
    }

    /** Puts enrolments whose step failed aside for a while; they are tried again then. */
    private void park(List<Long> ids, RuntimeException failure) {
        if (ids.isEmpty()) {
            throw failure;
        }
        log.error("Journey enrolment {} failed at its step; trying again in {}", ids, RETRY_AFTER, failure);
        transactions.executeWithoutResult(
                status -> enrolments.postpone(ids, clock.instant().plus(RETRY_AFTER)));
    }

    /** Takes every step the claimed enrolments can take now, and writes the outcome. */
    private void walk(List<Enrolments.Row> rows, Set<Long> stopped) {
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Walk> walks = rows.stream().map(this::walkOf).toList();
        StepBatch batch = new StepBatch(now, walks, customers, zones.defaultZone());
        for (Walk w : walks) {
            if (stopped.contains(w.plan.journeyId())) {
                w.end(EndReason.STOPPED);
            } else if (batch.contact(w.customerId) == null) {
                w.end(EndReason.GONE);
            }
        }
        leaveSegment(walks);
        for (Walk w : walks) {
            jumpToGoal(w, batch);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Walk> undecided =
                    walks.stream().filter(w -> w.move == Walk.Move.UNDECIDED).toList();
            if (undecided.isEmpty()) {
                break;
            }
            Map<String, List<Walk>> byStep = undecided.stream()
                    .collect(Collectors.groupingBy(
                            w -> w.plan.versionId() + "/" + w.node, LinkedHashMap::new, Collectors.toList()));
            for (List<Walk> atStep : byStep.values()) {
                JourneyNode step = atStep.getFirst().step();
                handlers.get(step.type()).run(step, atStep, batch);
            }
            for (Walk w : undecided) {
                advance(w, batch);
            }
        }
        for (Walk w : walks) {
            if (w.move == Walk.Move.UNDECIDED) {
                w.rest(now, null); // more steps than one transaction takes: carried on by the next run
            } else if (w.move == Walk.Move.END) {
                finish(w, batch);
            }
        }
        enrolments.save(walks);
        enrolments.logSteps(batch.steps);
        enrolments.count(batch.counts, batch.revenue);
        walks.stream()
                .filter(w -> w.move == Walk.Move.END)
                .collect(Collectors.groupingBy(w -> w.plan.journeyId()))
                .forEach((journey, ended) -> enrolments.left(
                        journey, ended.stream().map(w -> w.customerId).toList()));
    }

    /** Applies a step's decision: a walk that goes on arrives at the next step, undecided again. */
    private void advance(Walk w, StepBatch batch) {
        if (w.move != Walk.Move.GO) {
            if (w.move == Walk.Move.UNDECIDED) {
                throw new IllegalStateException("Step " + w.node + " decided nothing for enrolment " + w.id);
            }
            return;
        }
        batch.logStep(w, w.output, w.note);
        batch.count(w, w.node, "out:" + w.output);
        var next = w.plan.next(w.node, w.output);
        if (next.isEmpty()) {
            w.end(EndReason.COMPLETED);
            w.endedHere = true;
            return;
        }
        arrive(w, next.get(), batch);
    }

    private static void arrive(Walk w, String node, StepBatch batch) {
        w.node = node;
        w.visit++;
        w.nodeEnteredAt = batch.now;
        w.deadline = null;
        w.waitingFor = null;
        w.happenedAt = null;
        w.move = Walk.Move.UNDECIDED;
        w.output = null;
        w.note = null;
        batch.count(w, node, "entered");
    }

    /** Ends the walk at its step: logged (unless the step it left was logged already) and counted as an exit. */
    private static void finish(Walk w, StepBatch batch) {
        if (!w.endedHere) {
            batch.logStep(w, null, w.endReason.labelKey());
        }
        batch.count(w, w.node, "exited");
        w.endedAt = batch.now;
    }

    /** Customers who left the entry segment leave journeys that let them go. */
    private void leaveSegment(List<Walk> walks) {
        Map<Long, List<Walk>> bySegment = walks.stream()
                .filter(w -> w.move == Walk.Move.UNDECIDED
                        && w.plan.settings().exitOnSegmentExit()
                        && w.plan.entrySegment().isPresent())
                .collect(Collectors.groupingBy(w -> w.plan.entrySegment().orElseThrow()));
        bySegment.forEach((segment, inIt) -> {
            Set<Long> members = membership.membersAmong(
                    segment, inIt.stream().map(w -> w.customerId).toList());
            inIt.stream().filter(w -> !members.contains(w.customerId)).forEach(w -> w.end(EndReason.LEFT_SEGMENT));
        });
    }

    /** A customer who met a goal that ends the journey goes to that goal step from wherever it is. */
    private static void jumpToGoal(Walk w, StepBatch batch) {
        if (w.move != Walk.Move.UNDECIDED || w.goalNode == null || w.convertedAt != null || w.node.equals(w.goalNode)) {
            return;
        }
        JourneyNode goal = w.plan.node(w.goalNode);
        if (!goal.step(GoalStep.class).exit()) {
            return;
        }
        batch.logStep(w, "goal", "journey.note.goal-met");
        batch.count(w, w.node, "out:goal");
        arrive(w, goal.id(), batch);
    }

    private Walk walkOf(Enrolments.Row row) {
        Walk w = new Walk(
                row.id(),
                row.customerId(),
                plans.plan(row.versionId()),
                row.node(),
                row.visit(),
                row.nodeEnteredAt(),
                row.deadline(),
                row.waitingFor(),
                row.happenedAt());
        w.goalNode = row.goalNode();
        w.goalRevenue = row.goalRevenue();
        w.convertedAt = row.convertedAt();
        return w;
    }
}
