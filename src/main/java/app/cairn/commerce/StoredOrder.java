package app.cairn.commerce;

/** An order as Cairn has it, and the customer it belongs to. */
public record StoredOrder(long customerId, OrderView order) {}
