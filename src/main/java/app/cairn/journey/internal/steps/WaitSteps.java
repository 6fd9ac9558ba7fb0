package app.cairn.journey.internal.steps;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.WaitTimes;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.WaitStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Waits. A walk arriving works out when its wait ends (in the customer's time zone) and rests until then; woken
 * early (by an event meant for a goal, say) it rests on until the same time. An event wait rests until its event
 * happens (the event wakes it) or its timeout passes, and leads on by {@code happened} or {@code timeout}.
 */
@Component
public class WaitSteps implements StepHandler {

    private final CustomerManagement customers;

    public WaitSteps(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.WAIT_DURATION, NodeType.WAIT_WINDOW, NodeType.WAIT_DATE, NodeType.WAIT_EVENT);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        WaitStep wait = (WaitStep) step.step();
        if (wait instanceof WaitStep.ForEvent forEvent) {
            eventWait(forEvent, walks, batch);
            return;
        }
        Map<Long, String> customDates = wait instanceof WaitStep.UntilDate date && !date.anniversary()
                ? customers.attributeValues(
                        walks.stream().map(w -> w.customerId).toList(), date.attribute())
                : Map.of();
        for (Walk w : walks) {
            Instant until = w.waiting() ? w.deadline : end(wait, w, batch, customDates);
            if (until == null) {
                w.go("next", "journey.note.no-date");
            } else if (until.isAfter(batch.now)) {
                w.rest(until, null);
            } else {
                w.go("next");
            }
        }
    }

    private static void eventWait(WaitStep.ForEvent wait, List<Walk> walks, StepBatch batch) {
        for (Walk w : walks) {
            if (!w.waiting()) {
                w.rest(wait.timeout().after(batch.now, batch.zone(w.customerId)), wait.event());
            } else if (w.happenedAt != null) {
                w.go("happened");
            } else if (!w.deadline.isAfter(batch.now)) {
                w.go("timeout");
            } else {
                w.rest(w.deadline, wait.event());
            }
        }
    }

    /** When the wait of a walk arriving now ends; null when the customer has no date to wait for. */
    private static Instant end(WaitStep wait, Walk w, StepBatch batch, Map<Long, String> customDates) {
        ZoneId zone = batch.zone(w.customerId);
        return switch (wait) {
            case WaitStep.For length -> length.duration().after(batch.now, zone);
            case WaitStep.Window window ->
                WaitTimes.nextInWindow(batch.now, window.days(), window.from(), window.until(), zone);
            case WaitStep.UntilDate date -> dateEnd(date, w, batch, customDates, zone);
            case WaitStep.ForEvent forEvent -> throw new IllegalArgumentException(forEvent.toString());
        };
    }

    private static Instant dateEnd(
            WaitStep.UntilDate wait, Walk w, StepBatch batch, Map<Long, String> customDates, ZoneId zone) {
        LocalTime time = wait.at();
        if (wait.anniversary()) {
            CustomerContact contact = batch.contact(w.customerId);
            LocalDate date = "birthday".equals(wait.attribute())
                    ? contact.birthday()
                    : contact.signupAt().atZone(zone).toLocalDate();
            return date == null ? null : WaitTimes.nextAnniversary(batch.now, date, time, zone);
        }
        String value = customDates.get(w.customerId);
        try {
            return value == null
                    ? null
                    : LocalDate.parse(value.strip()).atTime(time).atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
