package app.cairn.journey.internal.steps;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.WaitTimes;
import app.cairn.journey.internal.engine.Walk;
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
        if (step.type() == NodeType.WAIT_EVENT) {
            eventWait(step, walks, batch);
            return;
        }
        Map<Long, String> customDates = step.type() == NodeType.WAIT_DATE && !anniversary(step)
                ? customers.attributeValues(
                        walks.stream().map(w -> w.customerId).toList(), attribute(step))
                : Map.of();
        for (Walk w : walks) {
            Instant until = w.waiting() ? w.deadline : end(step, w, batch, customDates);
            if (until == null) {
                w.go("next", "journey.note.no-date");
            } else if (until.isAfter(batch.now)) {
                w.rest(until, null);
            } else {
                w.go("next");
            }
        }
    }

    private static void eventWait(JourneyNode step, List<Walk> walks, StepBatch batch) {
        String event = step.settings().get("event");
        for (Walk w : walks) {
            if (!w.waiting()) {
                w.rest(WaitTimes.after(batch.now, step.settings().get("timeout"), batch.zone(w.customerId)), event);
            } else if (w.happenedAt != null) {
                w.go("happened");
            } else if (!w.deadline.isAfter(batch.now)) {
                w.go("timeout");
            } else {
                w.rest(w.deadline, event);
            }
        }
    }

    /** When the wait of a walk arriving now ends; null when the customer has no date to wait for. */
    private static Instant end(JourneyNode step, Walk w, StepBatch batch, Map<Long, String> customDates) {
        Map<String, String> s = step.settings();
        ZoneId zone = batch.zone(w.customerId);
        return switch (step.type()) {
            case WAIT_DURATION -> WaitTimes.after(batch.now, s.get("duration"), zone);
            case WAIT_WINDOW ->
                WaitTimes.nextInWindow(
                        batch.now,
                        WaitTimes.days(s.get("days")),
                        LocalTime.parse(s.get("from")),
                        LocalTime.parse(s.get("until")),
                        zone);
            case WAIT_DATE -> dateEnd(step, w, batch, customDates, zone);
            default -> throw new IllegalArgumentException(step.type().name());
        };
    }

    private static Instant dateEnd(
            JourneyNode step, Walk w, StepBatch batch, Map<Long, String> customDates, ZoneId zone) {
        LocalTime time = time(step);
        if (anniversary(step)) {
            CustomerContact contact = batch.contact(w.customerId);
            LocalDate date = "birthday".equals(attribute(step))
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

    public static String attribute(JourneyNode step) {
        return step.settings().getOrDefault("attribute", "birthday");
    }

    /** Birthdays and signup days come round every year; any other date attribute is one day. */
    public static boolean anniversary(JourneyNode step) {
        return Set.of("birthday", "signup").contains(attribute(step));
    }

    public static LocalTime time(JourneyNode step) {
        return WaitTimes.timeOf(step.settings().get("time"));
    }
}
