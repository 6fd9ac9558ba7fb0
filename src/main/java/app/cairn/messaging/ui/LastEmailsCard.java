package app.cairn.messaging.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.messaging.CustomerEmail;
import app.cairn.messaging.CustomerEmails;
import app.cairn.shared.ui.FactList;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;

/** The customer page's last e-mails: subject, when, and whether it was opened, clicked or bounced. */
@org.springframework.stereotype.Component
class LastEmailsCard implements CustomerSection {

    private static final int SHOWN = 5;

    private final CustomerEmails emails;

    LastEmailsCard(CustomerEmails emails) {
        this.emails = emails;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "customer.card.emails";
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        List<CustomerEmail> latest = emails.latest(customerId, SHOWN);
        FactList facts = new FactList("customer-emails");
        if (latest.isEmpty()) {
            return facts.note(ui.getTranslation("customer.card.emails.empty"));
        }
        for (CustomerEmail email : latest) {
            String when = StaffTimeZone.format(
                    email.sentAt() != null ? email.sentAt() : email.queuedAt(),
                    StaffTimeZone.current(),
                    ui.getLocale());
            facts.fact("email", email.subject(), when + " · " + ui.getTranslation(outcome(email)));
        }
        return facts;
    }

    private static String outcome(CustomerEmail email) {
        if (email.bouncedAt() != null) {
            return "customer.card.emails.bounced";
        }
        if (email.clickedAt() != null) {
            return "customer.card.emails.clicked";
        }
        if (email.openedAt() != null) {
            return "customer.card.emails.opened";
        }
        return "customer.card.emails.status." + email.status().name().toLowerCase(Locale.ROOT);
    }
}
