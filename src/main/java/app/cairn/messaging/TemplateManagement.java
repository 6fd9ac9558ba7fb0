package app.cairn.messaging;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.internal.delivery.Addresses;
import app.cairn.messaging.internal.delivery.NewMessage;
import app.cairn.messaging.internal.delivery.Outbox;
import app.cairn.messaging.internal.delivery.SenderStore;
import app.cairn.messaging.internal.templates.EmailComposer;
import app.cairn.messaging.internal.templates.MergeValues;
import app.cairn.messaging.internal.templates.TemplateEngine;
import app.cairn.messaging.internal.templates.TemplateStore;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail templates: writing them (checked for syntax, with the line of any error), previewing one filled for a
 * real customer, and sending a test through the outbox.
 */
@Service
public class TemplateManagement {

    private final TemplateStore templates;
    private final SenderStore senders;
    private final TemplateEngine engine;
    private final MergeValues merge;
    private final EmailComposer composer;
    private final CustomerManagement customers;
    private final Outbox outbox;

    @SuppressWarnings("java:S107") // a template is stored, compiled, filled, composed and sent
    TemplateManagement(
            TemplateStore templates,
            SenderStore senders,
            TemplateEngine engine,
            MergeValues merge,
            EmailComposer composer,
            CustomerManagement customers,
            Outbox outbox) {
        this.templates = templates;
        this.senders = senders;
        this.engine = engine;
        this.merge = merge;
        this.composer = composer;
        this.customers = customers;
        this.outbox = outbox;
    }

    /** Every template, by name. */
    @Transactional(readOnly = true)
    public List<EmailTemplate> all() {
        return templates.all();
    }

    /** The template, if it exists. */
    @Transactional(readOnly = true)
    public Optional<EmailTemplate> find(long id) {
        return templates.find(id);
    }

    /**
     * Saves a new template ({@code id} null) or changes one. Refused, with nothing saved, when a required field is
     * empty or too long, the sender does not exist, or a part is not valid template syntax
     * ({@link TemplateSyntaxException} says where).
     */
    @Transactional
    public EmailTemplate save(Long id, TemplateDraft draft, String by) {
        TemplateDraft clean = check(draft);
        long saved = templates.save(id, clean, by);
        return templates.find(saved).orElseThrow();
    }

    /**
     * The draft filled for the customer as the customer would get it (tracking links aside: a preview's links
     * lead where they are written). Refused when the draft does not compile or the customer does not exist.
     */
    @Transactional(readOnly = true)
    public ComposedEmail preview(TemplateDraft draft, long customerId) {
        CustomerContact contact = customers.contacts(List.of(customerId)).stream()
                .findFirst()
                .orElseThrow(
                        () -> new RefusedException("messaging.error.customer-not-found", String.valueOf(customerId)));
        TemplateEngine.Compiled compiled =
                engine.compile(nonNull(draft.subject()), draft.preheader(), nonNull(draft.htmlBody()));
        Map<String, Object> values = merge.of(contact, nonNull(draft.htmlBody()), "#", "#");
        Locale locale = contact.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(contact.language());
        return composer.compose(
                compiled.subject(values), compiled.preheader(values), compiled.body(values), null, "#", "#", locale);
    }

    /**
     * Queues a test of the saved template to {@code address}, filled for the customer ({@code customerId} null:
     * with every merge field empty). A test ignores consent and the frequency cap. Answers the message's id.
     */
    @Transactional
    public long sendTest(long templateId, Long customerId, String address) {
        String to = Addresses.require(address, "messaging.error.test-address");
        EmailTemplate template = templates
                .find(templateId)
                .orElseThrow(
                        () -> new RefusedException("messaging.error.template-not-found", String.valueOf(templateId)));
        SenderIdentity sender = senders.sender(template.senderId()).orElseThrow();
        long content = templates.freeze(template, sender);
        String key = "test:" + UUID.randomUUID();
        outbox.enqueue(List.of(new NewMessage(
                key, MessageSource.TEST, templateId, content, customerId, to, false, java.time.Instant.EPOCH)));
        return outbox.idOf(key);
    }

    private TemplateDraft check(TemplateDraft draft) {
        StorableText.require("templates.name", draft.name());
        StorableText.require("templates.subject", draft.subject());
        StorableText.require("templates.preheader", draft.preheader());
        StorableText.require("templates.body", draft.htmlBody());
        String name = required(draft.name(), 200, "messaging.error.template-name");
        String subject = required(draft.subject(), 500, "messaging.error.template-subject");
        String body = required(draft.htmlBody(), 1_000_000, "messaging.error.template-body");
        String preheader = draft.preheader() == null || draft.preheader().isBlank()
                ? null
                : draft.preheader().strip();
        if (preheader != null && preheader.length() > 500) {
            throw new RefusedException("messaging.error.template-preheader");
        }
        if (senders.sender(draft.senderId()).isEmpty()) {
            throw new RefusedException("messaging.error.sender-required");
        }
        engine.compile(subject, preheader, body);
        return new TemplateDraft(name, subject, preheader, body, draft.senderId(), draft.topicId());
    }

    private static String required(String value, int max, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RefusedException(messageKey, String.valueOf(max));
        }
        return value.strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
