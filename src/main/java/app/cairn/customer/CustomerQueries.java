package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list, straight in SQL so that it stays fast at a million rows: every filter is an indexed
 * prefix or equality match, every value a bound parameter, and sorting only by whitelisted columns.
 */
@Component
class CustomerQueries {

    /** Sortable columns of the list: the key the UI uses and the SQL it stands for. */
    static final Map<String, String> SORTS = Map.of(
            "name", "c.last_name %1$s, c.first_name %1$s",
            "email", "c.live_email %1$s",
            "country", "c.country %1$s",
            "signupAt", "c.signup_at %1$s");

    /** The list entry's columns, read by {@link #SUMMARY}. */
    private static final String SUMMARY_COLUMNS =
            "SELECT c.id, c.first_name, c.last_name, c.email, c.country, c.city, c.signup_at FROM customer c";

    private static final RowMapper<CustomerSummary> SUMMARY = (rs, row) -> new CustomerSummary(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            UtcColumns.read(rs, 7));

    private final JdbcClient jdbc;
    private final CustomerSearcher searcher;

    CustomerQueries(JdbcClient jdbc, CustomerSearcher searcher) {
        this.jdbc = jdbc;
        this.searcher = searcher;
    }

    /**
     * One page of the list. With a search text the customer index finds the page (best matches first when
     * {@code sort} is null); without, the database does, in the order named (signup when null or unknown).
     */
    List<CustomerSummary> page(CustomerFilter filter, int offset, int limit, String sort, boolean ascending) {
        if (hasText(filter.text())) {
            return summaries(searcher.page(filter, offset, limit, sort, ascending));
        }
        Where where = where(filter);
        String order = SORTS.getOrDefault(sort == null ? "signupAt" : sort, SORTS.get("signupAt"))
                .formatted(ascending ? "ASC" : "DESC");
        String sql = SUMMARY_COLUMNS + where.sql + " ORDER BY " + order + ", c.id " + (ascending ? "ASC" : "DESC")
                + " LIMIT ? OFFSET ?";
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql).params(params).query(SUMMARY).list();
    }

    /** The live customers' ids by their stored (normalised) e-mail address. */
    Map<String, Long> idsByEmail(java.util.Collection<String> emails) {
        Map<String, Long> ids = new java.util.HashMap<>();
        if (!emails.isEmpty()) {
            jdbc.sql("SELECT live_email, id FROM customer WHERE live_email IN (:emails)")
                    .param("emails", emails)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list()
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        return ids;
    }

    List<CustomerSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerSummary> byId = new java.util.HashMap<>();
        jdbc.sql(SUMMARY_COLUMNS + " WHERE c.merged_into_id IS NULL AND c.id IN (:ids)")
                .param("ids", ids)
                .query(SUMMARY)
                .list()
                .forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Contacts of the live customers with these ids, in no particular order; unknown and merged ids left out. */
    List<CustomerContact> contacts(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.email, c.first_name, c.last_name, c.country, c.city, c.time_zone, c.language,
                       COALESCE(k.granted, FALSE), c.phone, COALESCE(s.granted, FALSE), c.birthday, c.signup_at
                FROM customer c
                LEFT JOIN customer_consent k ON k.customer_id = c.id AND k.channel = 'EMAIL'
                LEFT JOIN customer_consent s ON s.customer_id = c.id AND s.channel = 'SMS'
                WHERE c.merged_into_id IS NULL AND c.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, row) -> new CustomerContact(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getString(10),
                        rs.getBoolean(11),
                        rs.getObject(12, LocalDate.class),
                        UtcColumns.read(rs, 13)))
                .list();
    }

    /**
     * The count, but reading no more than {@code limit + 1} matching rows: exact up to {@code limit}, and
     * {@code limit + 1} for "more". An exact count over a million rows takes half a second or more.
     */
    long countUpTo(CustomerFilter filter, int limit) {
        if (hasText(filter.text())) {
            return Math.min(searcher.count(filter), limit + 1L);
        }
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit + 1);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM customer c" + where.sql + " LIMIT ?) matching")
                .params(params)
                .query(Long.class)
                .single();
    }

    long count(CustomerFilter filter) {
        if (hasText(filter.text())) {
            return searcher.count(filter);
        }
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM customer c" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private static Where where(CustomerFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("c.merged_into_id IS NULL"));
        List<Object> params = new ArrayList<>();
        if (hasText(filter.country())) {
            conditions.add("c.country = ?");
            params.add(filter.country().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (hasText(filter.tag())) {
            conditions.add("EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag = ?)");
            params.add(filter.tag().strip());
        }
        if (filter.signedUpFrom() != null) {
            conditions.add("c.signup_at >= ?");
            params.add(startOf(filter.signedUpFrom()));
        }
        if (filter.signedUpTo() != null) {
            conditions.add("c.signup_at < ?");
            params.add(startOf(filter.signedUpTo().plusDays(1)));
        }
        if (filter.consentedTo() != null) {
            conditions.add("EXISTS (SELECT 1 FROM customer_consent k WHERE k.customer_id = c.id"
                    + " AND k.channel = ? AND k.granted = TRUE)");
            params.add(filter.consentedTo().name());
        }
        return new Where(" WHERE " + String.join(" AND ", conditions), params);
    }

    private static java.time.LocalDateTime startOf(LocalDate day) {
        return UtcColumns.toColumn(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private record Where(String sql, List<Object> params) {}

    /** The value of one custom attribute for each of these customers that has it. */
    Map<Long, String> attributeValues(java.util.Collection<Long> ids, String name) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> values = new java.util.HashMap<>();
        jdbc.sql("SELECT customer_id, value FROM customer_attribute WHERE name = :name AND customer_id IN (:ids)")
                .param("name", name)
                .param("ids", ids)
                .query(rs -> {
                    values.put(rs.getLong(1), rs.getString(2));
                });
        return values;
    }

    /** The live customers whose birthday (or signup day) falls on one of the days of the year. */
    List<Long> idsByAnniversary(boolean birthday, java.util.Collection<java.time.MonthDay> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        String column = birthday ? "c.birthday" : "c.signup_at";
        List<String> keys = days.stream()
                .map(d -> String.format(java.util.Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth()))
                .toList();
        return jdbc.sql("SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND " + column
                        + " IS NOT NULL AND DATE_FORMAT(" + column + ", '%m-%d') IN (:days)")
                .param("days", keys)
                .query(Long.class)
                .list();
    }
}
