package app.cairn.journey;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One enrolment as the engine moves it in one transaction: where it stood when claimed, and what the step it is at
 * decided: go on by an output, rest until a time, or end.
 */
final class Walk {

    /** What the step the walk is at decided in this round. */
    enum Move {
        UNDECIDED,
        GO,
        REST,
        END
    }

    final long id;
    final long customerId;
    final JourneyPlan plan;
    String node;
    int visit;
    Instant nodeEnteredAt;
    Instant deadline;
    String waitingFor;
    Instant happenedAt;
    String goalNode;
    BigDecimal goalRevenue;
    Instant convertedAt;

    Move move = Move.UNDECIDED;
    String output;
    String note;
    Instant restUntil;
    EndReason endReason;
    Instant endedAt;
    /** True when the walk ended because its output led nowhere: the step it left is logged already. */
    boolean endedHere;

    @SuppressWarnings("java:S107") // the enrolment's row, column by column
    Walk(
            long id,
            long customerId,
            JourneyPlan plan,
            String node,
            int visit,
            Instant nodeEnteredAt,
            Instant deadline,
            String waitingFor,
            Instant happenedAt) {
        this.id = id;
        this.customerId = customerId;
        this.plan = plan;
        this.node = node;
        this.visit = visit;
        this.nodeEnteredAt = nodeEnteredAt;
        this.deadline = deadline;
        this.waitingFor = waitingFor;
        this.happenedAt = happenedAt;
    }

    JourneyNode step() {
        return plan.node(node);
    }

    /** Whether the walk is already waiting at its step (it arrived in an earlier transaction). */
    boolean waiting() {
        return deadline != null;
    }

    void go(String by) {
        go(by, null);
    }

    void go(String by, String why) {
        move = Move.GO;
        output = by;
        note = why;
    }

    /** Waits at the step until the time, or until the event (if any) wakes it earlier. */
    void rest(Instant until, String event) {
        move = Move.REST;
        restUntil = until;
        waitingFor = event;
    }

    void end(EndReason reason) {
        move = Move.END;
        endReason = reason;
    }
}
