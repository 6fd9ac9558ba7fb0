package app.cairn.messaging;

import app.cairn.messaging.internal.broadcasts.BroadcastAudiences;
import app.cairn.messaging.internal.broadcasts.BroadcastQueueing;
import app.cairn.messaging.internal.broadcasts.BroadcastReports;
import app.cairn.messaging.internal.broadcasts.BroadcastStore;
import app.cairn.messaging.internal.delivery.MessagingSchedule;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broadcasts: a template sent to a segment now or at a set time. The broadcast ticker (Quartz) queues each one
 * when its time comes, honouring consent, the suppression list, topics, the frequency cap and quiet hours, and
 * counts whom it left out and why; the senders deliver the queued messages. The report counts what became of
 * them.
 */
@Service
public class BroadcastManagement {

    static final int MAX_CONVERSION_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(BroadcastManagement.class);

    private final BroadcastStore broadcasts;
    private final BroadcastQueueing queueing;
    private final BroadcastReports reports;
    private final BroadcastAudiences audiences;
    private final TemplateStore templates;
    private final SegmentManagement segments;
    private final Scheduler scheduler;
    private final Clock clock;

    BroadcastManagement(
            BroadcastStore broadcasts,
            BroadcastQueueing queueing,
            BroadcastReports reports,
            BroadcastAudiences audiences,
            TemplateStore templates,
            SegmentManagement segments,
            Scheduler scheduler,
            Clock clock) {
        this.broadcasts = broadcasts;
        this.queueing = queueing;
        this.reports = reports;
        this.audiences = audiences;
        this.templates = templates;
        this.segments = segments;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Sets up a broadcast. Refused, with nothing saved, when the name is empty, the template or segment does not
     * exist, the send time has passed or the conversion window is not 1 to {@value #MAX_CONVERSION_DAYS} days.
     * One to send now is handed to the ticker at once.
     */
    @Transactional
    public Broadcast create(NewBroadcast broadcast, String by) {
        StorableText.require("broadcasts.name", broadcast.name());
        if (broadcast.name() == null
                || broadcast.name().isBlank()
                || broadcast.name().strip().length() > 200) {
            throw new RefusedException("broadcasts.error.name");
        }
        if (templates.find(broadcast.templateId()).filter(t -> !t.isArchived()).isEmpty()) {
            throw new RefusedException("broadcasts.error.template");
        }
        if (segments.find(broadcast.segmentId()).filter(s -> !s.isArchived()).isEmpty()) {
            throw new RefusedException("broadcasts.error.segment");
        }
        if (broadcast.conversionDays() < 1 || broadcast.conversionDays() > MAX_CONVERSION_DAYS) {
            throw new RefusedException("broadcasts.error.conversion-days", String.valueOf(MAX_CONVERSION_DAYS));
        }
        Instant now = clock.instant();
        Instant sendAt = broadcast.sendAt() == null ? now : broadcast.sendAt();
        if (sendAt.isBefore(now.minus(Duration.ofMinutes(1)))) {
            throw new RefusedException("broadcasts.error.send-at-past");
        }
        NewBroadcast clean = new NewBroadcast(
                broadcast.name().strip(),
                broadcast.templateId(),
                broadcast.segmentId(),
                sendAt,
                broadcast.conversionDays());
        long id = broadcasts.create(clean, sendAt, by);
        if (!sendAt.isAfter(now)) {
            tickNow();
        }
        return broadcasts.find(id).orElseThrow().broadcast();
    }

    /**
     * Whom the template would reach in the segment if it were sent now, after consent, the suppression list, the
     * template's topic and the frequency cap, and when a test of the template was last sent: what the marketer
     * reviews before confirming. Reads the whole segment a page at a time.
     */
    @Transactional(readOnly = true)
    public BroadcastAudience audience(long templateId, long segmentId) {
        if (templates.find(templateId).isEmpty()) {
            throw new RefusedException("broadcasts.error.template");
        }
        if (segments.find(segmentId).isEmpty()) {
            throw new RefusedException("broadcasts.error.segment");
        }
        return audiences.audience(templateId, segmentId);
    }

    /** A page of broadcasts, the latest send time first: the archived ones, or the others. */
    @Transactional(readOnly = true)
    public List<Broadcast> page(boolean archived, int offset, int limit) {
        return broadcasts.page(archived, offset, limit);
    }

    /** How many broadcasts there are, archived or not. */
    @Transactional(readOnly = true)
    public long count(boolean archived) {
        return broadcasts.count(archived);
    }

    /** The broadcast, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Broadcast> find(long id) {
        return broadcasts.find(id).map(BroadcastStore.Row::broadcast);
    }

    /** What became of the broadcast's messages so far. */
    @Transactional(readOnly = true)
    public BroadcastReport report(long id) {
        Broadcast broadcast = find(id).orElseThrow(() -> new RefusedException("broadcasts.error.not-found"));
        return reports.report(broadcast);
    }

    /** First opens and clicks per hour (UTC), for the report's chart. */
    @Transactional(readOnly = true)
    public List<EngagementPoint> engagementByHour(long id) {
        return reports.byHour(id);
    }

    /**
     * Stops a broadcast that has not finished: messages not yet sent are cancelled (one being sent right now
     * still goes). Refused when it has already finished.
     */
    @Transactional
    public void cancel(long id) {
        if (!broadcasts.cancel(id)) {
            throw new RefusedException("broadcasts.error.not-cancellable");
        }
    }

    /**
     * The ticker's work: queues every broadcast whose time has come (or whose queueing a stopped node left
     * unfinished), each to its end, and marks those with nothing left to send as sent. A broadcast that fails
     * is logged and tried again at the next tick.
     */
    public void runDue() {
        for (long id : broadcasts.due()) {
            try {
                queueing.queue(id);
            } catch (RuntimeException failed) {
                log.error("Queueing broadcast {} failed; the next tick tries again", id, failed);
            }
        }
        broadcasts.finishSent();
    }

    private void tickNow() {
        try {
            scheduler.triggerJob(MessagingSchedule.BROADCAST_TICKER);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The broadcast ticker could not be started", e);
        }
    }
}
