package app.cairn.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON bodies of the ingest API. */
final class IngestRequests {

    private IngestRequests() {}

    /** A customer, matched on e-mail. {@code consents} maps a channel (email, sms, push) to granted or not. */
    record CustomerRequest(
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

    /** A product, matched on the SKU in the path. */
    record ProductRequest(String name, String category, BigDecimal price, String currency, String description) {}

    /** An order line. */
    record LineRequest(String sku, String description, Integer quantity, BigDecimal unitPrice) {}

    /** An order, matched on its number; the customer is given by id or by e-mail. */
    record OrderRequest(
            String orderNumber,
            Long customerId,
            String customerEmail,
            Instant placedAt,
            String status,
            String currency,
            List<LineRequest> lines) {}

    /** A behavioural event; {@code properties} is any JSON object. */
    record EventRequest(
            Long customerId,
            String customerEmail,
            String type,
            String sku,
            Instant occurredAt,
            Map<String, Object> properties) {}

    /** Customers to enrol in a journey, by id or e-mail address (either list may be left out). */
    record EnrolmentRequest(List<Long> customerIds, List<String> customerEmails) {}

    /** Who was enrolled, and who was not (in the journey already, or not let in again by its re-entry rule). */
    record EnrolmentResult(List<Long> enrolled, List<Long> skipped) {}

    /** An exchange rate sent: one unit of the path's currency in the reporting currency. */
    record RateRequest(BigDecimal rate) {}

    /** An exchange rate as the API shows it. */
    record RateView(String currency, LocalDate validFrom, BigDecimal rate) {}

    /** The reporting currency and its rates. */
    record RatesView(String reportingCurrency, List<RateView> rates) {}

    /** What an upsert did. */
    record Result(long id, boolean created) {}
}
