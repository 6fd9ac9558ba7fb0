package app.cairn.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The stored state of one channel's consent (a row of {@code customer_consent}). */
@Embeddable
class ConsentState {

    private boolean granted;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    private LegalBasis legalBasis;

    protected ConsentState() {}

    ConsentState(boolean granted, Instant changedAt, String source, LegalBasis legalBasis) {
        this.granted = granted;
        this.changedAt = changedAt;
        this.source = source;
        this.legalBasis = legalBasis;
    }

    Consent toConsent(ConsentChannel channel) {
        return new Consent(channel, granted, changedAt, source, legalBasis, null);
    }

    Instant changedAt() {
        return changedAt;
    }

    /** A copy for another customer's row (an embeddable belongs to one owner). */
    ConsentState copy() {
        return new ConsentState(granted, changedAt, source, legalBasis);
    }

    boolean granted() {
        return granted;
    }
}
