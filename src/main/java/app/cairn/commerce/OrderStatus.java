package app.cairn.commerce;

/** Where an order stands. Cancelled and returned orders do not count as spend. */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED;

    /** Whether the order's total counts towards the customer's spend. */
    public boolean countsAsSpend() {
        return this != CANCELLED && this != RETURNED;
    }
}
