package app.cairn.messaging;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sender, templates, customers who agreed to e-mail (or not) and lists of them, each unique to one fixture. */
final class MessagingFixtures {

    static final Instant SIGNUP = Instant.parse("2024-03-01T10:00:00Z");

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final MessagingSettings settings;
    private final TemplateManagement templates;
    private final CustomerManagement customers;
    private final SegmentManagement segments;
    private final SegmentLists lists;
    private Long sender;

    MessagingFixtures(
            MessagingSettings settings,
            TemplateManagement templates,
            CustomerManagement customers,
            SegmentManagement segments,
            SegmentLists lists) {
        this.settings = settings;
        this.templates = templates;
        this.customers = customers;
        this.segments = segments;
        this.lists = lists;
    }

    long sender() {
        if (sender == null) {
            sender = settings.saveSender(null, "Shop " + tag, "news-" + tag + "@shop.example", null);
        }
        return sender;
    }

    /** A template greeting by first name (or "there") with one link to the shop. */
    EmailTemplate greeting() {
        return template(
                "Hello {{ first_name | default(\"there\") }}",
                "<p>Hi {{ first_name | default(\"there\") }},</p>"
                        + "<p>New in: <a href=\"https://shop.example/new?src=mail\">see what's new</a></p>");
    }

    EmailTemplate template(String subject, String body) {
        return templates.save(
                null,
                new TemplateDraft(
                        "Template " + tag + " " + UUID.randomUUID(), subject, "Our news", body, sender(), null),
                "tester");
    }

    /** A customer in Berlin who agreed to e-mail. */
    long subscriber(String firstName) {
        long id = customer(firstName, "Europe/Berlin");
        customers.setConsent(id, ConsentChannel.EMAIL, true, "signup form", LegalBasis.CONSENT, "tester");
        return id;
    }

    /** A customer in that time zone who never agreed to e-mail. */
    long customer(String firstName, String timeZone) {
        return customers.create(CustomerFixtures.tester(firstName, timeZone, null), SIGNUP, "test");
    }

    String email(long customerId) {
        return customers.find(customerId).orElseThrow().email();
    }

    Segment list(List<Long> members) {
        Segment list = segments.createStatic("List " + tag + " " + UUID.randomUUID(), null);
        lists.addMembers(list.id(), members);
        return list;
    }
}
