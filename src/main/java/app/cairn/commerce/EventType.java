package app.cairn.commerce;

/** Kinds of behavioural event on a customer's timeline. */
public enum EventType {
    PRODUCT_VIEWED,
    ADDED_TO_CART,
    CHECKOUT_STARTED,
    ORDER_PLACED,
    EMAIL_OPENED,
    EMAIL_CLICKED,
    TICKET_OPENED,
    REVIEW_POSTED;

    /** Key of the type's name in the UI translations. */
    public String labelKey() {
        return "event." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
