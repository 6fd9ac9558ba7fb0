package app.cairn.ingest;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.ProductData;
import app.cairn.commerce.RecordedOrder;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.customer.LegalBasis;
import app.cairn.ingest.IngestRequests.CustomerRequest;
import app.cairn.ingest.IngestRequests.EnrolmentRequest;
import app.cairn.ingest.IngestRequests.EnrolmentResult;
import app.cairn.ingest.IngestRequests.EventRequest;
import app.cairn.ingest.IngestRequests.OrderRequest;
import app.cairn.ingest.IngestRequests.ProductRequest;
import app.cairn.ingest.IngestRequests.Result;
import app.cairn.journey.JourneyManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ingest requests into calls of the customer and commerce modules. Missing required fields are reported all at
 * once; a rule a module enforces is reported for the field it concerns. A refused request writes nothing.
 */
@Service
@Transactional
class IngestService {

    private final CustomerManagement customers;
    private final CommerceManagement commerce;
    private final JourneyManagement journeys;
    private final JsonMapper json;

    IngestService(
            CustomerManagement customers, CommerceManagement commerce, JourneyManagement journeys, JsonMapper json) {
        this.customers = customers;
        this.journeys = journeys;
        this.commerce = commerce;
        this.json = json;
    }

    /**
     * Creates the customer with this e-mail address, or changes the fields sent of the one that has it (a field
     * sent as {@code null} is cleared, one left out is kept). Tags sent are added; consents sent are recorded.
     */
    Result upsertCustomer(JsonFields.Read<CustomerRequest> read, String client) {
        CustomerRequest request = read.value();
        Missing.check("email", request.email());
        var existing = customers.findByEmail(request.email());
        CustomerDetails current = existing.map(CustomerProfile::details)
                .orElse(new CustomerDetails(null, null, null, null, null, null, null, null, null));
        CustomerDetails details = new CustomerDetails(
                request.email(),
                read.merged("firstName", request.firstName(), current.firstName()),
                read.merged("lastName", request.lastName(), current.lastName()),
                read.merged("phone", request.phone(), current.phone()),
                read.merged("country", request.country(), current.country()),
                read.merged("city", request.city(), current.city()),
                read.merged("timeZone", request.timeZone(), current.timeZone()),
                read.merged("language", request.language(), current.language()),
                read.merged("birthday", request.birthday(), current.birthday()));
        long id = existing.map(CustomerProfile::id)
                .orElseGet(() -> customers.create(details, request.signupAt(), source(request.source())));
        if (existing.isPresent()) {
            customers.updateDetails(id, details, client);
        }
        if (request.tags() != null) {
            request.tags().forEach(tag -> customers.tag(id, tag, client));
        }
        if (request.consents() != null) {
            request.consents()
                    .forEach((channel, granted) -> customers.setConsent(
                            id, channel(channel), Boolean.TRUE.equals(granted), "api", LegalBasis.CONSENT, client));
        }
        return new Result(id, existing.isEmpty());
    }

    /** Creates the product with this SKU, or changes the fields sent of the one that has it. */
    Result upsertProduct(String sku, JsonFields.Read<ProductRequest> read) {
        ProductRequest request = read.value();
        var existing = commerce.product(sku);
        if (existing.isEmpty() || read.has("name")) {
            Missing.check("name", request.name());
        }
        ProductData current = existing.orElse(new ProductData(sku, null, null, null, null, null));
        long id = commerce.upsertProduct(new ProductData(
                sku,
                read.merged("name", request.name(), current.name()),
                read.merged("category", request.category(), current.category()),
                read.merged("price", request.price(), current.price()),
                read.merged("currency", request.currency(), current.currency()),
                read.merged("description", request.description(), current.description())));
        return new Result(id, existing.isEmpty());
    }

    Result recordOrder(OrderRequest request) {
        Missing.check(
                "orderNumber",
                request.orderNumber(),
                "placedAt",
                request.placedAt(),
                "currency",
                request.currency(),
                "lines",
                request.lines());
        List<OrderLineData> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            IngestRequests.LineRequest line = request.lines().get(i);
            if (line.sku() == null || line.quantity() == null || line.unitPrice() == null) {
                errors.add(new FieldError("lines[" + i + "]", "required", "A line needs sku, quantity and unitPrice."));
            } else {
                lines.add(new OrderLineData(line.sku(), line.description(), line.quantity(), line.unitPrice()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "Some order lines are incomplete.", errors);
        }
        long customer = customerOf(request.customerId(), request.customerEmail());
        RecordedOrder recorded = commerce.recordOrder(new OrderData(
                request.orderNumber(),
                customer,
                request.placedAt(),
                status(request.status()),
                request.currency(),
                lines));
        return new Result(recorded.id(), recorded.created());
    }

    Result recordEvent(EventRequest request) {
        Missing.check("type", request.type(), "occurredAt", request.occurredAt());
        long customer = customerOf(request.customerId(), request.customerEmail());
        EventType type = enumOf(EventType.class, request.type(), "type");
        long id = commerce.recordEvent(
                customer,
                type,
                request.sku(),
                request.occurredAt(),
                request.properties() == null ? null : json.writeValueAsString(request.properties()));
        return new Result(id, true);
    }

    /** The most customers one enrolment request may name. */
    static final int MAX_ENROLMENTS = 1000;

    /**
     * Enrols the customers named in a live journey; every one of them must exist, or nobody is enrolled. Refused
     * (by the journey module) when the journey is not live.
     */
    EnrolmentResult enrol(long journeyId, EnrolmentRequest request) {
        List<Long> ids = request.customerIds() == null ? List.of() : request.customerIds();
        List<String> emails = request.customerEmails() == null ? List.of() : request.customerEmails();
        if (ids.isEmpty() && emails.isEmpty()) {
            throw new ApiProblem(
                    422,
                    "Say whom to enrol.",
                    List.of(new FieldError("customerIds", "required", "Give customerIds or customerEmails.")));
        }
        if (ids.size() + emails.size() > MAX_ENROLMENTS) {
            throw new ApiProblem(
                    422,
                    "Too many customers in one request.",
                    List.of(new FieldError(
                            "customerIds", "too-many", "At most " + MAX_ENROLMENTS + " customers per request.")));
        }
        java.util.LinkedHashSet<Long> named = new java.util.LinkedHashSet<>();
        ids.forEach(id -> named.add(customerOf(id, null)));
        emails.forEach(email -> named.add(customerOf(null, email)));
        java.util.Set<Long> enrolled = journeys.enrol(journeyId, named);
        return new EnrolmentResult(
                named.stream().filter(enrolled::contains).toList(),
                named.stream().filter(id -> !enrolled.contains(id)).toList());
    }

    private long customerOf(Long id, String email) {
        if (id != null) {
            return customers
                    .find(id)
                    .map(CustomerProfile::id)
                    .orElseThrow(() -> new ApiProblem(
                            422,
                            "No such customer.",
                            List.of(new FieldError("customerId", "unknown", "There is no customer " + id + "."))));
        }
        if (email == null || email.isBlank()) {
            throw new ApiProblem(
                    422,
                    "Say whose it is.",
                    List.of(new FieldError("customerId", "required", "Give customerId or customerEmail.")));
        }
        return customers
                .findByEmail(email)
                .map(CustomerProfile::id)
                .orElseThrow(() -> new ApiProblem(
                        422,
                        "No such customer.",
                        List.of(new FieldError(
                                "customerEmail",
                                "unknown",
                                "There is no customer with the e-mail address '" + email + "'."))));
    }

    private static ConsentChannel channel(String name) {
        return enumOf(ConsentChannel.class, name, "consents." + name);
    }

    private static OrderStatus status(String status) {
        return status == null ? OrderStatus.PLACED : enumOf(OrderStatus.class, status, "status");
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(
                    422,
                    "Unknown value.",
                    List.of(new FieldError(
                            field,
                            "unknown-value",
                            "'" + value + "' is not one of "
                                    + java.util.Arrays.toString(type.getEnumConstants())
                                            .toLowerCase(Locale.ROOT) + ".")));
        }
    }

    private static String source(String source) {
        return source == null || source.isBlank() ? "api" : source.strip();
    }

    /** Reports every required field that is missing, in one answer. */
    static final class Missing {
        /** Arguments: field name, value, field name, value, … */
        static void check(Object... namesAndValues) {
            List<FieldError> missing = new ArrayList<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                Object value = namesAndValues[i + 1];
                if (value == null
                        || (value instanceof String s && s.isBlank())
                        || (value instanceof List<?> l && l.isEmpty())) {
                    missing.add(new FieldError(
                            (String) namesAndValues[i], "required", namesAndValues[i] + " is required."));
                }
            }
            if (!missing.isEmpty()) {
                throw new ApiProblem(422, "Required fields are missing.", missing);
            }
        }
    }
}
