package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only history of a customer: profile field changes and consent changes. */
@Component
class CustomerHistory {

    private final JdbcClient jdbc;

    CustomerHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordChanges(long customerId, Map<String, String[]> changes, Instant at, String by) {
        changes.forEach((field, values) -> jdbc.sql("""
                        INSERT INTO customer_change (customer_id, field, old_value, new_value, changed_at, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(customerId, field, values[0], values[1], UtcColumns.toColumn(at), by)
                .update());
    }

    void recordConsent(long customerId, Consent consent) {
        jdbc.sql("""
                        INSERT INTO customer_consent_history
                            (customer_id, channel, granted, changed_at, source, legal_basis, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        customerId,
                        consent.channel().name(),
                        consent.granted(),
                        UtcColumns.toColumn(consent.changedAt()),
                        consent.source(),
                        consent.legalBasis().name(),
                        consent.changedBy())
                .update();
    }

    List<Consent> consentHistory(long customerId) {
        return jdbc.sql("""
                        SELECT channel, granted, changed_at, source, legal_basis, changed_by
                        FROM customer_consent_history WHERE customer_id = ? ORDER BY changed_at DESC, id DESC""")
                .param(customerId)
                .query((rs, row) -> new Consent(
                        ConsentChannel.valueOf(rs.getString(1)),
                        rs.getBoolean(2),
                        UtcColumns.read(rs, 3),
                        rs.getString(4),
                        LegalBasis.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
    }

    List<ProfileChange> changes(long customerId) {
        return jdbc.sql("""
                        SELECT field, old_value, new_value, changed_at, changed_by
                        FROM customer_change WHERE customer_id = ? ORDER BY changed_at DESC, id DESC""")
                .param(customerId)
                .query((rs, row) -> new ProfileChange(
                        rs.getString(1), rs.getString(2), rs.getString(3), UtcColumns.read(rs, 4), rs.getString(5)))
                .list();
    }
}
