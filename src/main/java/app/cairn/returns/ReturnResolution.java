package app.cairn.returns;

/** What the customer gets for what they send back. */
public enum ReturnResolution {
    /** Their money back. */
    REFUND,
    /** The same product again, or another size or colour. */
    EXCHANGE,
    /** Credit to spend in the shop; like a refund, it takes the amount off what the customer has spent. */
    STORE_CREDIT;

    /** Whether completing a return with this resolution gives money back (and so lowers the spend). */
    public boolean givesMoneyBack() {
        return this != EXCHANGE;
    }
}
