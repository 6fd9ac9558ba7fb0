package app.cairn.support;

import java.util.Set;

/**
 * A ticket to open with its first message.
 *
 * @param customerId the customer, or null to match (or create) one by {@code customerEmail}
 * @param customerEmail the customer's address when {@code customerId} is null
 * @param customerName the name for a customer created from the address, or null
 * @param text the first message as plain text
 * @param html the first message as HTML (cleaned before it is kept), or null
 * @param fromCustomer whether the first message is the customer's (else a staff member's or a system's)
 * @param priority the priority, or null for normal
 * @param type the type, or null
 * @param groupId the group, or null
 * @param orderNumber the order it is about, or null
 * @param tags tags to start with
 */
public record NewTicket(
        String subject,
        Long customerId,
        String customerEmail,
        String customerName,
        TicketChannel channel,
        String text,
        String html,
        boolean fromCustomer,
        TicketPriority priority,
        TicketType type,
        Long groupId,
        String orderNumber,
        Set<String> tags) {

    /** A ticket a known customer opened with a plain-text message, everything else left to defaults. */
    public static NewTicket fromCustomer(TicketChannel channel, long customerId, String subject, String text) {
        return new NewTicket(
                subject, customerId, null, null, channel, text, null, true, null, null, null, null, Set.of());
    }

    /** A ticket the customer opened with a plain-text message, everything else left to defaults. */
    public static NewTicket fromCustomer(TicketChannel channel, String customerEmail, String subject, String text) {
        return new NewTicket(
                subject, null, customerEmail, null, channel, text, null, true, null, null, null, null, Set.of());
    }
}
