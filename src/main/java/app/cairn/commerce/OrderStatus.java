package app.cairn.commerce;

/** Where an order stands. Cancelled and returned orders do not count as spend. */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED
}
