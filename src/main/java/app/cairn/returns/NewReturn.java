package app.cairn.returns;

import java.util.Map;

/**
 * A return as staff ask for it.
 *
 * @param ticketNumber the ticket it was asked for on, or null
 * @param quantities how many items of each order line (by position, from 1) go back; lines left out or at 0 stay
 * @param note what staff want to remember about it, or null
 */
public record NewReturn(
        String orderNumber,
        Long ticketNumber,
        Map<Integer, Integer> quantities,
        ReturnReason reason,
        ReturnResolution resolution,
        String note) {

    public NewReturn {
        quantities = quantities == null ? Map.of() : Map.copyOf(quantities);
    }
}
