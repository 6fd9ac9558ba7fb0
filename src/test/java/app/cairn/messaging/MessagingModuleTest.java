package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The messaging module started with only what it depends on (customer, commerce, segment, scoring) and the
 * platform: templates are kept and rendered for a customer without journeys or the API.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class MessagingModuleTest {

    private final TemplateManagement templates;
    private final MessagingSettings settings;
    private final CustomerManagement customers;

    MessagingModuleTest(TemplateManagement templates, MessagingSettings settings, CustomerManagement customers) {
        this.templates = templates;
        this.settings = settings;
        this.customers = customers;
    }

    @Test
    void rendersATemplateForACustomerWithOnlyItsDependencies() {
        long sender = settings.saveSender(null, "Slice shop", "slice@shop.example", null);
        long customer = CustomerFixtures.berliner(customers, null);
        TemplateDraft draft =
                new TemplateDraft("Slice", "Hello {{ first_name }}", "", "<p>Hi {{ first_name }}</p>", sender, null);

        ComposedEmail preview = templates.preview(draft, customer);

        String firstName = customers.find(customer).orElseThrow().firstName();
        assertThat(preview.subject()).isEqualTo("Hello " + firstName);
        assertThat(preview.html()).contains("Hi " + firstName);
    }
}
