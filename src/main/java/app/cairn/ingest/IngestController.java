package app.cairn.ingest;

import app.cairn.ingest.ApiKeyAuthenticationFilter.ApiClient;
import app.cairn.ingest.IngestRequests.CustomerRequest;
import app.cairn.ingest.IngestRequests.EventRequest;
import app.cairn.ingest.IngestRequests.OrderRequest;
import app.cairn.ingest.IngestRequests.ProductRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: upsert customers (by e-mail) and products (by SKU), record orders (by number) and events. Every
 * call may carry an {@code Idempotency-Key}; enrolling customers in a live journey is idempotent by itself. Errors are {@code application/problem+json} with the fields at fault.
 * The OpenAPI document is {@code /api/v1/openapi.yaml}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IngestService ingest;
    private final IdempotentRequests idempotent;

    IngestController(IngestService ingest, IdempotentRequests idempotent) {
        this.ingest = ingest;
        this.idempotent = idempotent;
    }

    @PutMapping("/customers")
    ResponseEntity<String> upsertCustomer(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody CustomerRequest body) {
        return answer(idempotent.run(
                client.keyId(), key, body, () -> ingest.upsertCustomer(body, "api:key-" + client.keyId())));
    }

    @PutMapping("/products/{sku}")
    ResponseEntity<String> upsertProduct(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @PathVariable String sku,
            @RequestBody ProductRequest body) {
        return answer(idempotent.run(
                client.keyId(), key, java.util.List.of(sku, body), () -> ingest.upsertProduct(sku, body)));
    }

    @PostMapping("/orders")
    ResponseEntity<String> recordOrder(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody OrderRequest body) {
        return answer(idempotent.run(client.keyId(), key, body, () -> ingest.recordOrder(body)));
    }

    @PostMapping("/events")
    ResponseEntity<String> recordEvent(
            @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody EventRequest body) {
        return answer(idempotent.run(client.keyId(), key, body, () -> ingest.recordEvent(body)));
    }

    @PostMapping("/journeys/{id}/enrolments")
    IngestRequests.EnrolmentResult enrol(@PathVariable long id, @RequestBody IngestRequests.EnrolmentRequest body) {
        return ingest.enrol(id, body);
    }

    private static ResponseEntity<String> answer(IdempotentRequests.Answer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
