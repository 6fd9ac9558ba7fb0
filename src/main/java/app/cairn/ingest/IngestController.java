package app.cairn.ingest;

import app.cairn.commerce.CurrencyManagement;
import app.cairn.ingest.ApiKeyAuthenticationFilter.ApiClient;
import app.cairn.ingest.IngestRequests.CustomerRequest;
import app.cairn.ingest.IngestRequests.EventRequest;
import app.cairn.ingest.IngestRequests.OrderRequest;
import app.cairn.ingest.IngestRequests.ProductRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1}: upsert customers (by e-mail) and products (by SKU), record orders (by number) and events. An
 * upsert of something that exists is a merge: it changes only the fields sent ({@code null} clears a field). Every
 * call may carry an {@code Idempotency-Key}; enrolling customers in a live journey is idempotent by itself. Errors are {@code application/problem+json} with the fields at fault.
 * The OpenAPI document is {@code /api/v1/openapi.yaml}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IngestService ingest;
    private final IdempotentRequests idempotent;
    private final JsonFields fields;
    private final CurrencyManagement currencies;

    IngestController(
            IngestService ingest, IdempotentRequests idempotent, JsonFields fields, CurrencyManagement currencies) {
        this.currencies = currencies;
        this.ingest = ingest;
        this.idempotent = idempotent;
        this.fields = fields;
    }

    @PutMapping("/customers")
    ResponseEntity<String> upsertCustomer(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody JsonNode body) {
        JsonFields.Read<CustomerRequest> request = fields.read(body, CustomerRequest.class);
        return answer(idempotent.run(
                client.keyId(), key, body, () -> ingest.upsertCustomer(request, "api:key-" + client.keyId())));
    }

    @PutMapping("/products/{sku}")
    ResponseEntity<String> upsertProduct(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @PathVariable String sku,
            @RequestBody JsonNode body) {
        JsonFields.Read<ProductRequest> request = fields.read(body, ProductRequest.class);
        return answer(idempotent.run(
                client.keyId(), key, java.util.List.of(sku, body), () -> ingest.upsertProduct(sku, request)));
    }

    @PostMapping("/orders")
    ResponseEntity<String> recordOrder(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody JsonNode body) {
        OrderRequest request = fields.read(body, OrderRequest.class).value();
        return answer(idempotent.run(client.keyId(), key, body, () -> ingest.recordOrder(request)));
    }

    @PostMapping("/events")
    ResponseEntity<String> recordEvent(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody JsonNode body) {
        EventRequest request = fields.read(body, EventRequest.class).value();
        return answer(idempotent.run(client.keyId(), key, body, () -> ingest.recordEvent(request)));
    }

    @GetMapping("/exchange-rates")
    IngestRequests.RatesView rates() {
        return new IngestRequests.RatesView(
                currencies.reportingCurrency(),
                currencies.rates().stream()
                        .map(r -> new IngestRequests.RateView(r.currency(), r.validFrom(), r.rate()))
                        .toList());
    }

    @PutMapping("/exchange-rates/{currency}/{validFrom}")
    ResponseEntity<IngestRequests.RateView> saveRate(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String currency,
            @PathVariable String validFrom,
            @RequestBody JsonNode body) {
        IngestRequests.RateRequest request =
                fields.read(body, IngestRequests.RateRequest.class).value();
        LocalDate day;
        try {
            day = LocalDate.parse(validFrom);
        } catch (java.time.format.DateTimeParseException unreadable) {
            throw new ApiProblem(
                    422,
                    "The day the rate is valid from cannot be read.",
                    List.of(new FieldError(
                            "validFrom", "invalid", "'" + validFrom + "' is not a date such as 2026-01-31.")));
        }
        boolean created = currencies.saveRate(currency, day, request.rate(), "api:key-" + client.keyId());
        return ResponseEntity.status(created ? 201 : 200)
                .body(new IngestRequests.RateView(
                        currency.strip().toUpperCase(java.util.Locale.ROOT), day, request.rate()));
    }

    @PostMapping("/journeys/{id}/enrolments")
    IngestRequests.EnrolmentResult enrol(@PathVariable long id, @RequestBody JsonNode body) {
        return ingest.enrol(
                id, fields.read(body, IngestRequests.EnrolmentRequest.class).value());
    }

    private static ResponseEntity<String> answer(IdempotentRequests.Answer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
