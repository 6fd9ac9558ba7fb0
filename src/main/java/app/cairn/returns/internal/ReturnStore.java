package app.cairn.returns.internal;

import app.cairn.returns.ProductReturn;
import app.cairn.returns.ReturnChange;
import app.cairn.returns.ReturnLine;
import app.cairn.returns.ReturnReason;
import app.cairn.returns.ReturnResolution;
import app.cairn.returns.ReturnStatus;
import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Returns, their lines and their status changes. */
@Component
public class ReturnStore {

    private static final String COLUMNS = """
            SELECT id, customer_id, order_number, ticket_number, reason, resolution, status, currency, total, note,
                created_at, completed_at FROM product_return""";

    private final JdbcClient jdbc;

    public ReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the order's returns (and the gap where a new one would go) until the transaction ends. */
    public void lockOrder(String orderNumber) {
        jdbc.sql("SELECT id FROM product_return WHERE order_number = ? FOR UPDATE")
                .param(orderNumber)
                .query(Long.class)
                .list();
    }

    /** Items of each order line (by position) in the order's returns that were not rejected. */
    public Map<Integer, Integer> returnedItems(String orderNumber) {
        return jdbc.sql("""
                        SELECT l.order_line_no, SUM(l.quantity) FROM product_return r
                        JOIN product_return_line l ON l.return_id = r.id
                        WHERE r.order_number = ? AND r.status <> 'REJECTED' GROUP BY l.order_line_no""").param(orderNumber).query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Saves a new return with its lines and its first change; answers its id. */
    public long insert(ProductReturn request, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Object at = UtcColumns.toColumn(request.createdAt());
        jdbc.sql("""
                        INSERT INTO product_return (customer_id, order_number, ticket_number, reason, resolution, status,
                            currency, total, note, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        request.customerId(),
                        request.orderNumber(),
                        request.ticketNumber(),
                        request.reason().name(),
                        request.resolution().name(),
                        request.status().name(),
                        request.currency(),
                        request.total(),
                        request.note(),
                        by,
                        at,
                        at)
                .update(key);
        long id = key.getKey().longValue();
        for (ReturnLine line : request.lines()) {
            jdbc.sql("""
                            INSERT INTO product_return_line (return_id, order_line_no, sku, description, quantity, unit_price)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, line.orderLine(), line.sku(), line.description(), line.quantity(), line.unitPrice())
                    .update();
        }
        change(id, null, request.status(), by, request.createdAt());
        return id;
    }

    /** The return, locked until the transaction ends. */
    public Optional<ProductReturn> lock(long id) {
        return withLines(jdbc.sql(COLUMNS + " WHERE id = ? FOR UPDATE").param(id)).stream()
                .findFirst();
    }

    public Optional<ProductReturn> find(long id) {
        return withLines(jdbc.sql(COLUMNS + " WHERE id = ?").param(id)).stream().findFirst();
    }

    /** Moves the return to a status, noting who did it. */
    public void move(long id, ReturnStatus from, ReturnStatus to, String by, Instant at) {
        jdbc.sql("UPDATE product_return SET status = ?, updated_at = ?, completed_at = ? WHERE id = ?")
                .params(to.name(), UtcColumns.toColumn(at), to.isFinal() ? UtcColumns.toColumn(at) : null, id)
                .update();
        change(id, from, to, by, at);
    }

    private void change(long id, ReturnStatus from, ReturnStatus to, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO product_return_change (return_id, from_status, to_status, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), by, UtcColumns.toColumn(at))
                .update();
    }

    public List<ReturnChange> history(long id) {
        return jdbc.sql("""
                        SELECT from_status, to_status, changed_by, changed_at FROM product_return_change
                        WHERE return_id = ? ORDER BY id""")
                .param(id)
                .query((rs, n) -> new ReturnChange(
                        rs.getString(1) == null ? null : ReturnStatus.valueOf(rs.getString(1)),
                        ReturnStatus.valueOf(rs.getString(2)),
                        rs.getString(3),
                        UtcColumns.read(rs, 4)))
                .list();
    }

    /** A page of the customer's returns, newest first. */
    public List<ProductReturn> ofCustomer(long customerId, int offset, int limit) {
        return withLines(jdbc.sql(COLUMNS + " WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(customerId, limit, offset));
    }

    public long countOfCustomer(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM product_return WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    public List<ProductReturn> ofTicket(long ticketNumber) {
        return withLines(
                jdbc.sql(COLUMNS + " WHERE ticket_number = ? ORDER BY id").param(ticketNumber));
    }

    /** Moves one customer's returns to another (a merge). */
    public void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE product_return SET customer_id = ? WHERE customer_id = ?")
                .params(to, from)
                .update();
    }

    public long countOf(Collection<Long> customerIds) {
        return jdbc.sql("SELECT COUNT(*) FROM product_return WHERE customer_id IN (:ids)")
                .param("ids", customerIds)
                .query(Long.class)
                .single();
    }

    /** Deletes the customers' returns with their lines and changes. */
    public void deleteOf(Collection<Long> customerIds) {
        jdbc.sql("DELETE FROM product_return WHERE customer_id IN (:ids)")
                .param("ids", customerIds)
                .update();
    }

    private List<ProductReturn> withLines(JdbcClient.StatementSpec query) {
        List<ProductReturn> found = query.query((rs, n) -> new ProductReturn(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        ReturnReason.valueOf(rs.getString(5)),
                        ReturnResolution.valueOf(rs.getString(6)),
                        ReturnStatus.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        List.of(),
                        UtcColumns.read(rs, 11),
                        UtcColumns.read(rs, 12)))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<ReturnLine>> lines = jdbc
                .sql("""
                        SELECT return_id, order_line_no, sku, description, quantity, unit_price FROM product_return_line
                        WHERE return_id IN (:ids) ORDER BY return_id, order_line_no""")
                .param("ids", found.stream().map(ProductReturn::id).toList())
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new ReturnLine(
                                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return found.stream()
                .map(r -> new ProductReturn(
                        r.id(),
                        r.customerId(),
                        r.orderNumber(),
                        r.ticketNumber(),
                        r.reason(),
                        r.resolution(),
                        r.status(),
                        r.currency(),
                        r.total(),
                        r.note(),
                        lines.getOrDefault(r.id(), List.of()),
                        r.createdAt(),
                        r.completedAt()))
                .toList();
    }
}
