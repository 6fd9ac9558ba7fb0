package app.cairn.journey.internal.steps;

import app.cairn.customer.CustomerContact;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.JourneyProperties;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.ActionStep;
import app.cairn.shared.jdbc.BulkInsert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps that reach outside Cairn: a text message, a webhook call. The step only puts the call out for sending
 * ({@code journey_dispatch}, keyed {@code journey:<enrolment>:<visit>}) in the engine's transaction; the dispatcher
 * makes it after the commit and retries it, so a step rolled back or run again calls nothing twice. A customer
 * without a number or text-message consent gets no text, noted on the step.
 */
@Component
public class DispatchSteps implements StepHandler {

    public static final List<String> COLUMNS = List.of(
            "idempotency_key",
            "kind",
            "journey_id",
            "version_id",
            "node_id",
            "customer_id",
            "target",
            "payload",
            "status",
            "next_attempt_at",
            "created_at");
    private static final Pattern MERGE = Pattern.compile("\\{\\{\\s*(first_name|last_name|email)\\s*}}");

    private final BulkInsert bulk;
    private final JsonMapper json;
    private final JourneyProperties properties;

    public DispatchSteps(BulkInsert bulk, JsonMapper json, JourneyProperties properties) {
        this.bulk = bulk;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.SEND_SMS, NodeType.WEBHOOK);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        List<Object[]> rows = new ArrayList<>();
        for (Walk w : walks) {
            CustomerContact contact = batch.contact(w.customerId);
            String target;
            String payload;
            if (step.type() == NodeType.SEND_SMS) {
                String skip = smsSkip(contact);
                if (skip != null) {
                    w.go("next", skip);
                    continue;
                }
                target = contact.phone();
                payload = merge(step.step(ActionStep.SendSms.class).text(), contact);
            } else {
                target = step.step(ActionStep.Webhook.class).url();
                payload = webhookBody(step, w, contact, batch);
            }
            rows.add(new Object[] {
                EmailSteps.key(w),
                step.type() == NodeType.SEND_SMS ? "SMS" : "WEBHOOK",
                w.plan.journeyId(),
                w.plan.versionId(),
                step.id(),
                w.customerId,
                target,
                payload,
                "QUEUED",
                batch.now,
                batch.now
            });
            w.go("next");
        }
        bulk.insertNew("journey_dispatch", COLUMNS, rows);
    }

    private String smsSkip(CustomerContact contact) {
        if (!properties.sms().configured()) {
            return "journey.note.sms-no-gateway";
        }
        if (contact.phone() == null || contact.phone().isBlank()) {
            return "journey.note.sms-no-number";
        }
        return contact.smsConsent() ? null : "journey.note.sms-no-consent";
    }

    public static String merge(String text, CustomerContact contact) {
        Matcher m = MERGE.matcher(text);
        StringBuilder merged = new StringBuilder();
        while (m.find()) {
            String value =
                    switch (m.group(1)) {
                        case "first_name" -> contact.firstName();
                        case "last_name" -> contact.lastName();
                        default -> contact.email();
                    };
            m.appendReplacement(merged, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(merged);
        return merged.toString();
    }

    private String webhookBody(JourneyNode step, Walk w, CustomerContact contact, StepBatch batch) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", w.customerId);
        customer.put("email", contact.email());
        customer.put("first_name", contact.firstName());
        customer.put("last_name", contact.lastName());
        customer.put("phone", contact.phone());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "journey.step");
        body.put("id", EmailSteps.key(w));
        body.put("journey_id", w.plan.journeyId());
        body.put("journey_version_id", w.plan.versionId());
        body.put("step", step.id());
        body.put("enrolment_id", w.id);
        body.put("occurred_at", batch.now.toString());
        body.put("customer", customer);
        return json.writeValueAsString(body);
    }
}
