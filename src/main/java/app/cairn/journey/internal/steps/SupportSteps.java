package app.cairn.journey.internal.steps;

import app.cairn.customer.CustomerContact;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.ActionStep;
import app.cairn.shared.StorableText;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketPriority;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The "open a ticket" step: a ticket for each customer, opened by the journey with an internal note (the customer is
 * not written to), in the step's batch transaction, so that a step taken once opens one ticket. Merge fields are
 * filled in the subject and the note; a subject that grows past a ticket's longest is cut there.
 */
@Component
public class SupportSteps implements StepHandler {

    private final TicketManagement tickets;

    public SupportSteps(TicketManagement tickets) {
        this.tickets = tickets;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.OPEN_TICKET);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        ActionStep.OpenTicket open = step.step(ActionStep.OpenTicket.class);
        TicketPriority priority = TicketPriority.valueOf(open.priority().toUpperCase(Locale.ROOT));
        Actor journey = Actor.system("journey " + walks.getFirst().plan.journeyId());
        for (Walk w : walks) {
            CustomerContact contact = batch.contact(w.customerId);
            String subject = DispatchSteps.merge(open.subject(), contact).strip();
            if (subject.length() > ActionStep.OpenTicket.MAX_SUBJECT) {
                subject = subject.substring(0, ActionStep.OpenTicket.MAX_SUBJECT);
            }
            String body = DispatchSteps.merge(open.body(), contact);
            if (subject.isBlank() || !StorableText.storable(subject) || !StorableText.storable(body)) {
                // refused inside the ticket module, it would undo the whole batch: said here instead
                w.go("next", "journey.note.ticket-unreadable");
                continue;
            }
            tickets.open(
                    new NewTicket(
                            subject,
                            w.customerId,
                            null,
                            null,
                            TicketChannel.JOURNEY,
                            body,
                            null,
                            false,
                            priority,
                            null,
                            null,
                            null,
                            Set.of()),
                    journey);
            w.go("next");
        }
    }
}
