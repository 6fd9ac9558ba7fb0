package app.cairn.journey.step;

import java.util.Locale;

/**
 * Events of the support desk and returns that journeys enter on, wait for and count as goals, beside the customer
 * events commerce records (a ticket being opened is one of those: {@code TICKET_OPENED}).
 */
public enum ServiceEvent {
    /** A ticket was solved; no properties. */
    TICKET_SOLVED,
    /** A customer rated a solved ticket; property {@code rating} (1 to 5). */
    CSAT_RECEIVED,
    /**
     * A return was refunded or exchanged; properties {@code status} ({@code REFUNDED}, {@code EXCHANGED}),
     * {@code resolution}, {@code total} and {@code currency}.
     */
    RETURN_COMPLETED;

    /** Key of the event's name in the UI translations. */
    public String labelKey() {
        return "event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
