package app.cairn.customer;

/**
 * How many records of one kind a module keeps about a customer, for the delete confirmation to name.
 *
 * @param labelKey translation key of the kind, taking the count as its argument, such as {@code erase.orders}
 */
public record HeldRecords(String labelKey, long count) {}
