package app.cairn.ingest;

import app.cairn.shared.RefusedException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every refusal of the ingest API into {@code application/problem+json} naming the fields at fault. */
@RestControllerAdvice(basePackageClasses = IngestController.class)
class IngestErrors {

    private static final Logger log = LoggerFactory.getLogger(IngestErrors.class);

    /** Which request field each module rule concerns. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("customer.error.email-invalid", "email"),
            Map.entry("customer.error.email-taken", "email"),
            Map.entry("customer.error.phone-invalid", "phone"),
            Map.entry("customer.error.country-invalid", "country"),
            Map.entry("customer.error.time-zone-invalid", "timeZone"),
            Map.entry("customer.error.language-invalid", "language"),
            Map.entry("customer.error.first-name-too-long", "firstName"),
            Map.entry("customer.error.last-name-too-long", "lastName"),
            Map.entry("customer.error.city-too-long", "city"),
            Map.entry("customer.error.tag-invalid", "tags"),
            Map.entry("commerce.error.sku-required", "sku"),
            Map.entry("commerce.error.name-required", "name"),
            Map.entry("commerce.error.order-number-required", "orderNumber"),
            Map.entry("commerce.error.no-lines", "lines"),
            Map.entry("commerce.error.line-sku-too-long", "lines"),
            Map.entry("commerce.error.line-description-too-long", "lines"),
            Map.entry("commerce.error.line-price-precision", "lines"),
            Map.entry("commerce.error.unknown-customer", "customerId"),
            Map.entry("commerce.error.currency-invalid", "currency"),
            Map.entry("commerce.error.rate-invalid", "rate"),
            Map.entry("commerce.error.rate-reporting-currency", "currency"),
            Map.entry("support.error.subject-empty", "subject"),
            Map.entry("support.error.subject-long", "subject"),
            Map.entry("support.error.message-empty", "text"),
            Map.entry("support.error.message-long", "text"),
            Map.entry("support.error.order-long", "orderNumber"),
            Map.entry("support.error.tag", "tags"),
            Map.entry("support.error.customer-unknown", "customerId"),
            Map.entry("support.error.customer-required", "customerEmail"),
            Map.entry("support.error.closed", "number"));

    private final I18NProvider translations;

    IngestErrors(I18NProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
        return respond(HttpStatus.valueOf(problem.status()), problem.getMessage(), problem.errors());
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException refused) {
        String message = translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments());
        String code = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                message,
                List.of(new FieldError(FIELDS.getOrDefault(refused.messageKey(), "body"), code, message)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        String reason = unreadable.getMostSpecificCause().getMessage();
        String firstLine = reason == null ? "" : reason.lines().findFirst().orElse("");
        return respond(HttpStatus.BAD_REQUEST, "The body is not the JSON this endpoint takes: " + firstLine, List.of());
    }

    /** A deadlock or lock wait the database gave up on: the request wrote nothing and may simply be sent again. */
    @ExceptionHandler({PessimisticLockingFailureException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException busy) {
        String reference = reference();
        log.warn("API request met a busy database [ref {}]: {}", reference, busy.getMessage());
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database was busy with other writes to the same rows; nothing was written. Send the request"
                        + " again (with the same Idempotency-Key).",
                List.of());
        problem.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .body(problem);
    }

    /**
     * Anything else is Cairn's fault: a 500 problem with a reference that finds the stack trace in the log, never a
     * redirect to the sign-in page or a reason that is not the real one.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error) {
        String reference = reference();
        log.error("Unexpected error in an API request [ref {}]", reference, error);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Cairn could not handle the request because of an error of its own (reference " + reference
                        + "); nothing was written. The log has the details under that reference.",
                List.of());
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status).body(problem(status, detail, errors));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
