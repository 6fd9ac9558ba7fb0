package app.cairn.textanalysis;

/**
 * What customers of an online shop write to support about. {@link #OTHER} takes what fits none of them, and what the
 * model is not sure enough of, so that an unsure guess never routes a ticket to the wrong place.
 */
public enum Intent {
    /** Where is my order, when will it arrive, tracking. */
    WHERE_IS_MY_ORDER,
    /** Sending something back. */
    RETURN,
    /** Swapping for another size, colour or model. */
    EXCHANGE,
    /** Money back, or a refund not yet received. */
    REFUND,
    /** Cancelling an order or a subscription. */
    CANCEL,
    /** Arrived broken, damaged, or stopped working. */
    DAMAGED_OR_FAULTY,
    /** Received the wrong item or something missing. */
    WRONG_ITEM,
    /** Changing the delivery address or details of an order. */
    CHANGE_ADDRESS,
    /** Payment problems, charges, invoices and receipts. */
    PAYMENT_OR_INVOICE,
    /** Questions about a product before or after buying: size, material, compatibility, stock. */
    PRODUCT_QUESTION,
    /** Discount codes, coupons, vouchers and promotions. */
    DISCOUNT_OR_COUPON,
    /** Logging in, passwords, the customer account and its data. */
    ACCOUNT,
    /** A complaint about service, delays or treatment. */
    COMPLAINT,
    /** Thanks and praise. */
    PRAISE,
    /** Anything else, or not sure. */
    OTHER;

    /** The key of its name in the UI's message bundles. */
    public String messageKey() {
        return "intent." + name();
    }
}
