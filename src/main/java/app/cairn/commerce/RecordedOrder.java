package app.cairn.commerce;

/**
 * What recording an order did.
 *
 * @param created false when an order with the same number was already there and was left as it is
 */
public record RecordedOrder(long id, boolean created) {}
