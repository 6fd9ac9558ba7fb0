package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.BulkInsert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of bulk customer writes: set-wise reads, bulk inserts of new rows ({@link BulkInsert}) and JDBC
 * batches (sent as multi-row statements) for updates.
 */
@Component
class CustomerBulkStore {

    private static final List<String> CUSTOMER_COLUMNS = List.of(
            "external_id",
            "email",
            "first_name",
            "last_name",
            "phone",
            "country",
            "city",
            "time_zone",
            "language",
            "birthday",
            "signup_at",
            "source",
            "created_at",
            "updated_at");
    private static final List<String> CONSENT_COLUMNS =
            List.of("customer_id", "channel", "granted", "changed_at", "source", "legal_basis");
    private static final List<String> CONSENT_HISTORY_COLUMNS =
            List.of("customer_id", "channel", "granted", "changed_at", "source", "legal_basis", "changed_by");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final BulkInsert bulk;

    CustomerBulkStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.named = named;
        this.bulk = bulk;
    }

    Map<String, StoredCustomer> byEmail(Collection<String> emails) {
        return load("live_email", emails).stream()
                .collect(Collectors.toMap(c -> c.details().email(), c -> c));
    }

    Map<String, StoredCustomer> byExternalId(Collection<String> externalIds) {
        return load("live_external_id", externalIds).stream()
                .collect(Collectors.toMap(StoredCustomer::externalId, c -> c));
    }

    private List<StoredCustomer> load(String column, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return named.query(
                "SELECT " + StoredCustomer.COLUMNS + " FROM customer WHERE " + column + " IN (:keys)",
                Map.of("keys", keys),
                StoredCustomer::read);
    }

    /**
     * Inserts the records as new customers and answers their ids, in the records' order: those with an e-mail
     * are found again by it, the others by their external id.
     */
    List<Long> insert(List<CustomerRecord> records, Instant now) {
        var at = UtcColumns.toColumn(now);
        List<Object[]> byEmail = new ArrayList<>();
        List<Object[]> byExternalId = new ArrayList<>();
        for (CustomerRecord r : records) {
            Object[] row = columns(
                    r.externalId(),
                    r.details(),
                    UtcColumns.toColumn(r.signupAt() == null ? now : r.signupAt()),
                    r.source(),
                    at,
                    at);
            (r.email() != null ? byEmail : byExternalId).add(row);
        }
        Iterator<Long> emailIds = insert(
                        byEmail,
                        "live_email",
                        records.stream()
                                .map(CustomerRecord::email)
                                .filter(Objects::nonNull)
                                .toList())
                .iterator();
        Iterator<Long> externalIds = insert(
                        byExternalId,
                        "live_external_id",
                        records.stream()
                                .filter(r -> r.email() == null)
                                .map(CustomerRecord::externalId)
                                .toList())
                .iterator();
        return records.stream()
                .map(r -> r.email() != null ? emailIds.next() : externalIds.next())
                .toList();
    }

    private List<Long> insert(List<Object[]> rows, String keyColumn, List<String> keys) {
        return rows.isEmpty()
                ? List.of()
                : bulk.insertReturningIds("customer", CUSTOMER_COLUMNS, rows, keyColumn, keys);
    }

    void update(List<StoredCustomer> changed, Instant now) {
        var at = UtcColumns.toColumn(now);
        List<Object[]> rows = new ArrayList<>(changed.size());
        for (StoredCustomer c : changed) {
            rows.add(columns(c.externalId(), c.details(), UtcColumns.toColumn(c.signupAt()), at, c.id()));
        }
        jdbc.batchUpdate("""
                UPDATE customer SET external_id = ?, email = ?, first_name = ?, last_name = ?,
                    phone = ?, country = ?, city = ?, time_zone = ?, language = ?, birthday = ?, signup_at = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ?""", rows);
    }

    /** The key and detail columns in table order, then the signup time and the extra values given. */
    private static Object[] columns(String externalId, CustomerDetails d, Object signupAt, Object... extra) {
        Object[] head = {
            externalId,
            d.email(),
            d.firstName(),
            d.lastName(),
            d.phone(),
            d.country(),
            d.city(),
            d.timeZone(),
            d.language(),
            d.birthday(),
            signupAt
        };
        Object[] row = Arrays.copyOf(head, head.length + extra.length);
        System.arraycopy(extra, 0, row, head.length, extra.length);
        return row;
    }

    void recordChanges(List<Object[]> changes) {
        if (!changes.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO customer_change (customer_id, field, old_value, new_value, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?, ?)""", changes);
        }
    }

    Map<Long, Set<String>> tags(Collection<Long> ids) {
        Map<Long, Set<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query(
                    "SELECT customer_id, tag FROM customer_tag WHERE customer_id IN (:ids)", Map.of("ids", ids), rs -> {
                        tags.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                                .add(rs.getString(2));
                    });
        }
        return tags;
    }

    Map<Long, Map<String, String>> attributes(Collection<Long> ids) {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query(
                    "SELECT customer_id, name, value FROM customer_attribute WHERE customer_id IN (:ids)",
                    Map.of("ids", ids),
                    rs -> {
                        attributes
                                .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    });
        }
        return attributes;
    }

    Map<Long, Map<ConsentChannel, Boolean>> consents(Collection<Long> ids) {
        Map<Long, Map<ConsentChannel, Boolean>> consents = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query(
                    "SELECT customer_id, channel, granted FROM customer_consent WHERE customer_id IN (:ids)",
                    Map.of("ids", ids),
                    rs -> {
                        consents.computeIfAbsent(rs.getLong(1), k -> new java.util.EnumMap<>(ConsentChannel.class))
                                .put(ConsentChannel.valueOf(rs.getString(2)), rs.getBoolean(3));
                    });
        }
        return consents;
    }

    void addTags(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT IGNORE INTO customer_tag (customer_id, tag) VALUES (?, ?)", rows);
        }
    }

    void putAttributes(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO customer_attribute (customer_id, name, value) VALUES (?, ?, ?)
                    ON DUPLICATE KEY UPDATE value = VALUES(value)""", rows);
        }
    }

    /**
     * Rows of (customer id, channel, granted, changed at, source, legal basis, changed by).
     *
     * @param fresh whether none of the customers has a consent yet (new customers), so the rows are appended
     */
    void putConsents(List<Object[]> rows, boolean fresh) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> current = rows.stream().map(r -> Arrays.copyOf(r, 6)).toList();
        if (fresh) {
            bulk.insert("customer_consent", CONSENT_COLUMNS, current);
        } else {
            jdbc.batchUpdate("""
                    INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source, legal_basis)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE granted = VALUES(granted), changed_at = VALUES(changed_at),
                        source = VALUES(source), legal_basis = VALUES(legal_basis)""", current);
        }
        bulk.insert("customer_consent_history", CONSENT_HISTORY_COLUMNS, rows);
    }
}
