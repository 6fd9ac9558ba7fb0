package app.cairn.support;

import app.cairn.support.internal.WebFormAttempts;
import app.cairn.support.internal.mail.Confirmations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public contact page's submissions: each opens a ticket (the customer matched or created by e-mail) and gets a
 * confirmation with its number. A flood is held back (per address and per source, an hour at a time), and a filled
 * honeypot field — which people never see — is thanked and dropped.
 */
@Service
public class WebForms {

    /** Submissions one address may make in an hour. */
    public static final int PER_ADDRESS = 5;
    /** Submissions one source (network address) may make in an hour. */
    public static final int PER_SOURCE = 20;

    private static final Duration WINDOW = Duration.ofHours(1);

    private static final int FIRST_MESSAGES = 10;

    private final TicketManagement tickets;
    private final Confirmations confirmations;
    private final WebFormAttempts attempts;
    private final Clock clock;
    private final TicketInbox inbox;

    WebForms(
            TicketManagement tickets,
            Confirmations confirmations,
            WebFormAttempts attempts,
            Clock clock,
            TicketInbox inbox) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.confirmations = confirmations;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * What the contact page sends.
     *
     * @param website the honeypot: hidden from people, so only a bot fills it
     */
    public record Submission(
            String name, String email, String orderNumber, String subject, String message, String website) {}

    /** What became of a submission: the ticket's number when one was opened. */
    public record Outcome(boolean accepted, Long ticketNumber, boolean confirmed) {}

    /**
     * Opens a ticket from the form.
     *
     * @param source the sender's network address
     * @throws TicketException naming a field that cannot be used, or saying to wait when the address or the source
     *     sent too many lately; nothing is written then
     */
    /** The first public reply from the shop on a ticket opened from the form (a self-service answer), if any yet. */
    public java.util.Optional<TicketMessage> firstReply(long ticketNumber) {
        return inbox.messages(ticketNumber, 0, FIRST_MESSAGES).stream()
                .filter(m -> m.kind() == MessageKind.REPLY && m.authorType() == AuthorType.STAFF)
                .findFirst();
    }

    @Transactional
    public Outcome submit(Submission form, String source, Locale locale) {
        Instant now = clock.instant();
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (form.website() != null && !form.website().isBlank()) {
            attempts.record(email, source, now);
            return new Outcome(false, null, false);
        }
        Instant since = now.minus(WINDOW);
        if (attempts.fromAddress(email, since) >= PER_ADDRESS || attempts.fromSource(source, since) >= PER_SOURCE) {
            throw new TicketException("support.contact.error.too-many");
        }
        Ticket ticket = tickets.open(
                new NewTicket(
                        form.subject(),
                        null,
                        email,
                        form.name(),
                        TicketChannel.WEB_FORM,
                        form.message(),
                        null,
                        true,
                        null,
                        null,
                        null,
                        form.orderNumber(),
                        Set.of()),
                Actor.system("contact page"));
        attempts.record(email, source, now);
        boolean confirmed = confirmations.send(ticket, email, form.message().strip(), locale);
        return new Outcome(true, ticket.number(), confirmed);
    }
}
