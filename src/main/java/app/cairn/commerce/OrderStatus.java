package app.cairn.commerce;

/**
 * Where an order stands. Cancelled and returned orders do not count as spend; a credit note (negative total,
 * such as a cancellation invoice of its own) is recorded as {@code CANCELLED} and lowers the spend.
 */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED
}
