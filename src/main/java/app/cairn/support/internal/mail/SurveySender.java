package app.cairn.support.internal.mail;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.messaging.ServiceEmail;
import app.cairn.messaging.ServiceEmails;
import app.cairn.support.SupportMailbox;
import app.cairn.support.Surveys;
import app.cairn.support.TicketSolved;
import app.cairn.support.internal.CsatStore;
import app.cairn.support.internal.TicketStore;
import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the satisfaction survey once a ticket is solved (after the solve committed; once per solve, however often
 * the event is handled): an unguessable link valid for {@link Surveys#VALIDITY}, in the customer's language, from the
 * ticket's mailbox, marked {@code Auto-Submitted}. Without a mailbox or an address nothing is sent.
 */
@Component
class SurveySender {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CsatStore surveys;
    private final TicketStore tickets;
    private final ReplyMailer mailer;
    private final ServiceEmails emails;
    private final CustomerManagement customers;
    private final I18NProvider translations;
    private final Environment environment;
    private final String publicUrl;

    SurveySender(
            CsatStore surveys,
            TicketStore tickets,
            ReplyMailer mailer,
            ServiceEmails emails,
            CustomerManagement customers,
            I18NProvider translations,
            Environment environment,
            @Value("${cairn.messaging.public-url:}") String publicUrl) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.mailer = mailer;
        this.emails = emails;
        this.customers = customers;
        this.translations = translations;
        this.environment = environment;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(TicketSolved solved) {
        Optional<SupportMailbox> mailbox = mailer.mailboxFor(solved.ticketNumber());
        Optional<CustomerProfile> customer = customers.find(solved.customerId()).filter(c -> c.email() != null);
        if (mailbox.isEmpty() || customer.isEmpty()) {
            return;
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!surveys.insert(
                solved.ticketNumber(),
                token,
                solved.assigneeId(),
                solved.at(),
                solved.at().plus(Surveys.VALIDITY))) {
            return;
        }
        Locale locale = customer.get().language() == null
                ? Locale.ENGLISH
                : Locale.forLanguageTag(customer.get().language());
        String subject =
                tickets.find(solved.ticketNumber(), false).map(t -> t.subject()).orElse("");
        String number = Long.toString(solved.ticketNumber());
        emails.queue(new ServiceEmail(
                "ticket-survey:" + solved.ticketNumber() + ":" + solved.at().toEpochMilli(),
                solved.customerId(),
                customer.get().email(),
                mailbox.get().fromName(),
                mailbox.get().address(),
                null,
                translations.getTranslation("support.survey.mail.subject", locale, number, subject),
                translations.getTranslation("support.survey.mail.text", locale, number, base() + "/survey/" + token),
                null,
                null,
                List.of(),
                true));
    }

    private String base() {
        String url = publicUrl == null ? "" : publicUrl.strip();
        if (!url.isEmpty()) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
