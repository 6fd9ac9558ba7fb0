package app.cairn.returns;

/** Why the customer sends lines back. */
public enum ReturnReason {
    DAMAGED,
    WRONG_ITEM,
    NOT_AS_DESCRIBED,
    WRONG_SIZE,
    ARRIVED_LATE,
    CHANGED_MIND,
    OTHER
}
