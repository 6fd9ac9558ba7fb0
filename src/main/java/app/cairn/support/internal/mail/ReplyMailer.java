package app.cairn.support.internal.mail;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.messaging.ServiceEmail;
import app.cairn.messaging.ServiceEmails;
import app.cairn.support.SupportMailbox;
import app.cairn.support.Ticket;
import app.cairn.support.internal.TicketStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends an agent's public reply to the customer by e-mail, in the reply's transaction, through messaging's outbox:
 * from the mailbox the ticket came by (or the first enabled one), with the ticket's number in the subject and the
 * thread's Message-IDs in {@code In-Reply-To} and {@code References}, so the customer's mail program threads it and
 * the answer finds its ticket.
 */
@Component
public class ReplyMailer {

    private static final int REFERENCES = 20;

    private final MailboxStore mailboxes;
    private final ThreadIds threads;
    private final TicketStore tickets;
    private final CustomerManagement customers;
    private final ServiceEmails emails;
    private final Clock clock;

    public ReplyMailer(
            MailboxStore mailboxes,
            ThreadIds threads,
            TicketStore tickets,
            CustomerManagement customers,
            ServiceEmails emails,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.threads = threads;
        this.tickets = tickets;
        this.customers = customers;
        this.emails = emails;
        this.clock = clock;
    }

    /** The mailbox replies to this ticket are sent from, if there is one. */
    public Optional<SupportMailbox> mailboxFor(long ticket) {
        return tickets.mailboxOf(ticket)
                .flatMap(mailboxes::find)
                .filter(SupportMailbox::enabled)
                .or(() ->
                        mailboxes.all().stream().filter(SupportMailbox::enabled).findFirst());
    }

    /** Queues the reply; answers false (sending nothing) when there is no mailbox or the customer has no address. */
    public boolean send(Ticket ticket, long messageId, String text, String html) {
        Optional<SupportMailbox> mailbox = mailboxFor(ticket.number());
        Optional<String> address = customers.find(ticket.customerId()).map(CustomerProfile::email);
        if (mailbox.isEmpty() || address.isEmpty()) {
            return false;
        }
        List<String> thread = threads.of(ticket.number());
        String tag = "[#" + ticket.number() + "]";
        String subject = ticket.subject().contains(tag) ? ticket.subject() : ticket.subject() + " " + tag;
        String id = emails.queue(new ServiceEmail(
                "ticket-message:" + messageId,
                ticket.customerId(),
                address.get(),
                mailbox.get().fromName(),
                mailbox.get().address(),
                null,
                subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject,
                text,
                html,
                threads.lastInbound(ticket.number()).orElse(null),
                thread.subList(Math.max(0, thread.size() - REFERENCES), thread.size()),
                false));
        threads.add(id, ticket.number(), true, clock.instant());
        return true;
    }
}
