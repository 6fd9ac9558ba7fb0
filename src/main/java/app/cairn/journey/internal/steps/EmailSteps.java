package app.cairn.journey.internal.steps;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.BranchStep;
import app.cairn.messaging.SentEmail;
import app.cairn.messaging.SkipReason;
import app.cairn.messaging.TriggeredEmail;
import app.cairn.messaging.TriggeredEmails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * E-mail: a send step queues its template for every walk at it through the messaging outbox, in the engine's
 * transaction and under the key {@code journey:<enrolment>:<visit>}, so a step run again after a crash queues
 * nothing twice; a customer who may not be mailed (no consent, suppressed …) goes on with the reason noted. An
 * engagement branch leads on by {@code yes} once the customer opened (or clicked) the message an earlier send
 * step of the journey sent, and by {@code no} when the hours since it was sent pass first, or it was never sent.
 */
@Component
public class EmailSteps implements StepHandler {

    private final TriggeredEmails emails;
    private final EmailContents contents;

    public EmailSteps(TriggeredEmails emails, EmailContents contents) {
        this.emails = emails;
        this.contents = contents;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.SEND_EMAIL, NodeType.BRANCH_ENGAGEMENT);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        if (step.type() == NodeType.SEND_EMAIL) {
            send(step, walks);
        } else {
            engagement(step, walks, batch);
        }
    }

    private void send(JourneyNode step, List<Walk> walks) {
        JourneyPlan plan = walks.getFirst().plan;
        long content = contents.contentOf(plan, step);
        List<TriggeredEmail> queued = walks.stream()
                .map(w -> new TriggeredEmail(key(w), w.customerId, w.id))
                .toList();
        Map<String, SkipReason> skipped =
                emails.queue(content, queued, plan.settings().sendingRules());
        for (Walk w : walks) {
            SkipReason reason = skipped.get(key(w));
            w.go("next", reason == null ? null : StepBatch.note("journey.note.not-sent", reason.labelKey()));
        }
    }

    public static String key(Walk w) {
        return "journey:" + w.id + ":" + w.visit;
    }

    private void engagement(JourneyNode step, List<Walk> walks, StepBatch batch) {
        JourneyPlan plan = walks.getFirst().plan;
        BranchStep.Engagement engagement = step.step(BranchStep.Engagement.class);
        boolean clicks = engagement.clicks();
        Duration window = Duration.ofHours(engagement.hours());
        Optional<Long> content = contents.existing(plan.versionId(), engagement.message());
        Map<Long, SentEmail> sent = content.map(
                        c -> emails.latest(c, walks.stream().map(w -> w.id).toList()))
                .orElse(Map.of());
        for (Walk w : walks) {
            SentEmail message = sent.get(w.id);
            if (message == null) {
                w.go("no", "journey.note.no-message");
                continue;
            }
            if ((clicks ? message.clickedAt() : message.openedAt()) != null) {
                w.go("yes");
                continue;
            }
            Instant from = message.sentAt() != null ? message.sentAt() : batch.now;
            Instant until = w.waiting() && message.sentAt() == null ? w.deadline : from.plus(window);
            if (until.isAfter(batch.now)) {
                w.rest(until, clicks ? "EMAIL_CLICKED" : "EMAIL_OPENED");
            } else {
                w.go("no");
            }
        }
    }
}
