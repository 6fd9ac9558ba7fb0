package app.cairn.ingest;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderView;
import app.cairn.commerce.ProductData;
import app.cairn.commerce.StoredOrder;
import app.cairn.customer.Consent;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET} on {@code /api/v1}: what the API writes can be read back in the shape it is written (a customer's
 * fields as {@code PUT /customers} takes them, with the id), an order with its lines, a product, a customer's events.
 * Something that does not exist is a 404 problem naming the field and value.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestReads {

    /** The most events one page may hold. */
    static final int MAX_EVENTS = 100;

    private final CustomerManagement customers;
    private final CommerceManagement commerce;

    IngestReads(CustomerManagement customers, CommerceManagement commerce) {
        this.customers = customers;
        this.commerce = commerce;
    }

    /** A customer as the API shows one. */
    record CustomerAnswer(
            long id,
            String email,
            String firstName,
            String lastName,
            String phone,
            String country,
            String city,
            String timeZone,
            String language,
            LocalDate birthday,
            Instant signupAt,
            String source,
            Set<String> tags,
            Map<String, Boolean> consents) {}

    /** An order line as the API shows it. */
    record LineAnswer(String sku, String description, int quantity, BigDecimal unitPrice) {}

    /** An order as the API shows one. */
    record OrderAnswer(
            long id,
            String orderNumber,
            long customerId,
            Instant placedAt,
            String status,
            String currency,
            BigDecimal total,
            List<LineAnswer> lines) {}

    /** A product as the API shows one. */
    record ProductAnswer(
            String sku, String name, String category, BigDecimal price, String currency, String description) {}

    /** An event as the API shows one. */
    record EventAnswer(long id, String type, Instant occurredAt, String sku, String properties) {}

    @GetMapping("/customers/{id}")
    CustomerAnswer customer(@PathVariable long id) {
        return customers.find(id).map(IngestReads::answer).orElseThrow(() -> notFound("id", String.valueOf(id)));
    }

    @GetMapping("/customers")
    CustomerAnswer customerByEmail(@RequestParam String email) {
        return customers.findByEmail(email).map(IngestReads::answer).orElseThrow(() -> notFound("email", email));
    }

    @GetMapping("/customers/{id}/events")
    List<EventAnswer> events(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        customer(id);
        if (offset < 0 || limit < 1 || limit > MAX_EVENTS) {
            throw new ApiProblem(
                    422,
                    "Ask for 1 to " + MAX_EVENTS + " events from an offset of 0 or more.",
                    List.of(new FieldError(
                            limit < 1 || limit > MAX_EVENTS ? "limit" : "offset",
                            "out-of-range",
                            "limit " + limit + ", offset " + offset + ": limit must be 1 to " + MAX_EVENTS + ".")));
        }
        return commerce.timeline(id, offset, limit).stream()
                .map(e -> new EventAnswer(
                        e.id(),
                        e.type().name().toLowerCase(Locale.ROOT),
                        e.occurredAt(),
                        e.productSku(),
                        e.properties()))
                .toList();
    }

    @GetMapping("/orders/{orderNumber}")
    OrderAnswer order(@PathVariable String orderNumber) {
        StoredOrder stored = commerce.order(orderNumber).orElseThrow(() -> notFound("orderNumber", orderNumber));
        OrderView o = stored.order();
        return new OrderAnswer(
                o.id(),
                o.orderNumber(),
                stored.customerId(),
                o.placedAt(),
                o.status().name().toLowerCase(Locale.ROOT),
                o.currency(),
                o.total(),
                o.lines().stream()
                        .map(l -> new LineAnswer(l.sku(), l.description(), l.quantity(), l.unitPrice()))
                        .toList());
    }

    @GetMapping("/products/{sku}")
    ProductAnswer product(@PathVariable String sku) {
        ProductData p = commerce.product(sku).orElseThrow(() -> notFound("sku", sku));
        return new ProductAnswer(p.sku(), p.name(), p.category(), p.price(), p.currency(), p.description());
    }

    private static CustomerAnswer answer(CustomerProfile c) {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        for (Consent consent : c.consents()) {
            consents.put(consent.channel().name().toLowerCase(Locale.ROOT), consent.granted());
        }
        return new CustomerAnswer(
                c.id(),
                c.email(),
                c.firstName(),
                c.lastName(),
                c.phone(),
                c.country(),
                c.city(),
                c.timeZone(),
                c.language(),
                c.birthday(),
                c.signupAt(),
                c.source(),
                c.tags(),
                consents);
    }

    static ApiProblem notFound(String field, String value) {
        return new ApiProblem(
                404,
                "Not found.",
                List.of(new FieldError(field, "unknown", "There is none with " + field + " '" + value + "'.")));
    }
}
