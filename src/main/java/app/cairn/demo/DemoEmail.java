package app.cairn.demo;

import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import org.springframework.stereotype.Component;

/**
 * The demo shop's e-mail set-up: a sender, two topics and two templates a marketer can preview, test and
 * broadcast at once (to Mailpit or any local SMTP server on port 1025 by default). Made once, when no sender
 * exists yet.
 */
@Component
class DemoEmail {

    private final MessagingSettings settings;
    private final TemplateManagement templates;

    DemoEmail(MessagingSettings settings, TemplateManagement templates) {
        this.settings = settings;
        this.templates = templates;
    }

    void create() {
        if (!settings.senders().isEmpty()) {
            return;
        }
        long sender = settings.saveSender(null, "Cairn Demo Shop", "news@demo-shop.example", "help@demo-shop.example");
        long news = settings.saveTopic(null, "Newsletter", "What is new in the shop, once a week");
        long offers = settings.saveTopic(null, "Offers", "Sales and discount codes");
        templates.save(
                null,
                new TemplateDraft(
                        "Weekly newsletter",
                        "New this week, {{ first_name | default(\"friend\") }}",
                        "Fresh arrivals picked for you",
                        """
                        <table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
                        <tr><td>
                        <h1 style="color:#1f2937">Hello {{ first_name | default("there") }},</h1>
                        <p>Here is what other customers liked this month:</p>
                        {% for item in recommended %}
                        <p><strong>{{ item.name }}</strong> {{ item.price }}</p>
                        {% else %}
                        <p>Our new collection is in the shop.</p>
                        {% endfor %}
                        <p><a href="https://demo-shop.example/new" style="color:#2563eb">Visit the shop</a></p>
                        </td></tr>
                        </table>""",
                        sender,
                        news),
                "demo");
        templates.save(
                null,
                new TemplateDraft(
                        "Your last order",
                        "Thank you for your order, {{ first_name | default(\"there\") }}",
                        null,
                        """
                        <p>Hello {{ first_name | default("there") }},</p>
                        <p>Thank you for shopping with us. You ordered:</p>
                        <ul>
                        {% for item in order_items %}<li>{{ item.quantity }} × {{ item.name }}, {{ item.price }}</li>
                        {% else %}<li>nothing yet</li>{% endfor %}
                        </ul>
                        <p>Use <strong>THANKS10</strong> for 10% off your next order.
                        <a href="https://demo-shop.example/account">Your account</a></p>""",
                        sender,
                        offers),
                "demo");
    }
}
