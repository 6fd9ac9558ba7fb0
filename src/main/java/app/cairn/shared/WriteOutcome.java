package app.cairn.shared;

/** What a bulk write did with one record (a customer, product or order). */
public enum WriteOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** The record had the key of an earlier record of the same batch and was merged into that customer. */
    MERGED,
    /** The e-mail and the external id belong to two different customers: nothing was written for the row. */
    CONFLICT
}
