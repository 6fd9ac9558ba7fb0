package app.cairn.journey.internal.engine;

import app.cairn.journey.EndReason;
import app.cairn.journey.JourneyNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One enrolment as the engine moves it in one transaction: where it stood when claimed, and what the step it is at
 * decided: go on by an output, rest until a time, or end.
 */
public final class Walk {

    /** What the step the walk is at decided in this round. */
    public enum Move {
        UNDECIDED,
        GO,
        REST,
        END
    }

    public final long id;
    public final long customerId;
    public final JourneyPlan plan;
    public String node;
    public int visit;
    public Instant nodeEnteredAt;
    public Instant deadline;
    public String waitingFor;
    public Instant happenedAt;
    public String goalNode;
    public BigDecimal goalRevenue;
    public Instant convertedAt;

    public Move move = Move.UNDECIDED;
    public String output;
    public String note;
    public Instant restUntil;
    public EndReason endReason;
    public Instant endedAt;
    /** True when the walk ended because its output led nowhere: the step it left is logged already. */
    public boolean endedHere;

    @SuppressWarnings("java:S107") // the enrolment's row, column by column
    public Walk(
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

    public JourneyNode step() {
        return plan.node(node);
    }

    /** Whether the walk is already waiting at its step (it arrived in an earlier transaction). */
    public boolean waiting() {
        return deadline != null;
    }

    public void go(String by) {
        go(by, null);
    }

    public void go(String by, String why) {
        move = Move.GO;
        output = by;
        note = why;
    }

    /** Waits at the step until the time, or until the event (if any) wakes it earlier. */
    public void rest(Instant until, String event) {
        move = Move.REST;
        restUntil = until;
        waitingFor = event;
    }

    public void end(EndReason reason) {
        move = Move.END;
        endReason = reason;
    }
}
