package app.cairn.journey.internal.engine;

import app.cairn.customer.CustomerContact;
import app.cairn.messaging.MessagingSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** A customer's time zone: their own, or the shop's default (messaging's sending rules) when unknown. */
@Component
public class CustomerZones {

    private final MessagingSettings messaging;

    public CustomerZones(MessagingSettings messaging) {
        this.messaging = messaging;
    }

    /** The shop's default zone now (UTC if it cannot be read). */
    public ZoneId defaultZone() {
        try {
            return ZoneId.of(messaging.rules().defaultTimeZone());
        } catch (RuntimeException unreadable) {
            return ZoneId.of("UTC");
        }
    }

    public static ZoneId of(CustomerContact contact, ZoneId defaultZone) {
        if (contact != null && contact.timeZone() != null && !contact.timeZone().isBlank()) {
            try {
                return ZoneId.of(contact.timeZone());
            } catch (DateTimeException unknown) {
                // the default below
            }
        }
        return defaultZone;
    }
}
