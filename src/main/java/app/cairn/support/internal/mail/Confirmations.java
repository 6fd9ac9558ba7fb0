package app.cairn.support.internal.mail;

import app.cairn.messaging.ServiceEmail;
import app.cairn.messaging.ServiceEmails;
import app.cairn.support.SupportMailbox;
import app.cairn.support.Ticket;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The confirmation a customer gets for a ticket opened on the contact page: its number, in the page's language,
 * from the support mailbox, marked {@code Auto-Submitted} so that no auto-responder answers it; a reply to it joins
 * the ticket.
 */
@Component
public class Confirmations {

    private final MailboxStore mailboxes;
    private final ThreadIds threads;
    private final ServiceEmails emails;
    private final I18NProvider translations;
    private final Clock clock;

    public Confirmations(
            MailboxStore mailboxes, ThreadIds threads, ServiceEmails emails, I18NProvider translations, Clock clock) {
        this.mailboxes = mailboxes;
        this.threads = threads;
        this.emails = emails;
        this.translations = translations;
        this.clock = clock;
    }

    /** Queues the confirmation; false when no mailbox is set up to send it from. */
    public boolean send(Ticket ticket, String address, String text, Locale locale) {
        Optional<SupportMailbox> mailbox =
                mailboxes.all().stream().filter(SupportMailbox::enabled).findFirst();
        if (mailbox.isEmpty()) {
            return false;
        }
        String number = Long.toString(ticket.number());
        String id = emails.queue(new ServiceEmail(
                "ticket-confirmation:" + ticket.number(),
                ticket.customerId(),
                address,
                mailbox.get().fromName(),
                mailbox.get().address(),
                null,
                translations.getTranslation("support.confirmation.subject", locale, number, ticket.subject()),
                translations.getTranslation("support.confirmation.text", locale, number, text),
                null,
                null,
                List.of(),
                true));
        threads.add(id, ticket.number(), true, clock.instant());
        return true;
    }
}
