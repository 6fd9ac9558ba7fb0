package app.cairn.returns;

import java.util.Set;

/**
 * Where a return stands. It goes requested → approved → received → refunded (refund or store credit) or
 * exchanged (exchange); until it is complete it can be rejected.
 */
public enum ReturnStatus {
    REQUESTED,
    APPROVED,
    RECEIVED,
    REFUNDED,
    EXCHANGED,
    REJECTED;

    /** Whether nothing follows this status. */
    public boolean isFinal() {
        return this == REFUNDED || this == EXCHANGED || this == REJECTED;
    }

    /** The statuses a return with this resolution may move to from here. */
    public Set<ReturnStatus> next(ReturnResolution resolution) {
        return switch (this) {
            case REQUESTED -> Set.of(APPROVED, REJECTED);
            case APPROVED -> Set.of(RECEIVED, REJECTED);
            case RECEIVED -> Set.of(resolution.givesMoneyBack() ? REFUNDED : EXCHANGED, REJECTED);
            case REFUNDED, EXCHANGED, REJECTED -> Set.of();
        };
    }
}
