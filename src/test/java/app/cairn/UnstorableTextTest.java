package app.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.Translations;
import app.cairn.staff.NewStaffAccount;
import app.cairn.staff.StaffAccountException;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.testing.CairnTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text typed into a form that holds a NUL character or half of a character (a lone surrogate, which a browser can
 * send) is refused naming the field, in the person's language, instead of being stored changed; nothing is written.
 */
@CairnTest
class UnstorableTextTest {

    private static final String NUL = "Ann\0e";
    private static final String HALF = "Smile \ud83d";

    @Autowired
    CustomerManagement customers;

    @Autowired
    SegmentManagement segments;

    @Autowired
    TemplateManagement templates;

    @Autowired
    MessagingSettings messaging;

    @Autowired
    JourneyManagement journeys;

    @Autowired
    StaffManagement staff;

    @Autowired
    Translations translations;

    @Test
    void aCustomersFirstNameWithANulCharacterIsRefusedNamingTheFieldAndNothingIsWritten() {
        String email = CustomerFixtures.uniqueEmail("nul");
        CustomerDetails details = new CustomerDetails(email, NUL, "Smith", null, "GB", null, null, "en", null);

        assertThatThrownBy(() -> customers.create(details, Instant.now(), "test"))
                .isInstanceOf(CustomerException.class)
                .satisfies(refused ->
                        assertThat(english((RefusedException) refused)).startsWith("First name holds a NUL character"));
        assertThat(customers.findByEmail(email)).isEmpty();
    }

    @Test
    void aSegmentNameWithHalfACharacterIsRefusedInChineseToo() {
        assertThatThrownBy(() -> segments.createStatic(HALF, null))
                .isInstanceOf(RefusedException.class)
                .satisfies(refused -> {
                    assertThat(english((RefusedException) refused)).startsWith("Name holds a NUL character or half");
                    assertThat(translations.getTranslation(
                                    ((RefusedException) refused).messageKey(),
                                    Locale.SIMPLIFIED_CHINESE,
                                    ((RefusedException) refused).arguments()))
                            .contains("孤立代理项");
                });
        assertThat(segments.all()).noneMatch(s -> s.name().startsWith("Smile"));
    }

    @Test
    void aTemplateBodyJourneyNameAndStaffNameWithUnstorableTextAreRefused() {
        long sender = messaging.saveSender(null, "Shop", "shop@example.com", null);

        assertThatThrownBy(() -> templates.save(
                        null, new TemplateDraft("Nul body", "Hello", null, "<p>" + NUL + "</p>", sender, null), "test"))
                .isInstanceOf(RefusedException.class)
                .satisfies(refused ->
                        assertThat(english((RefusedException) refused)).startsWith("HTML body holds"));
        assertThatThrownBy(() -> journeys.create(HALF, new JourneyGraph(List.of(), List.of(), null), "test"))
                .isInstanceOf(RefusedException.class)
                .satisfies(refused ->
                        assertThat(english((RefusedException) refused)).startsWith("Name holds"));
        NewStaffAccount account = StaffFixtures.newAccount("nul");
        assertThatThrownBy(() -> staff.create(new NewStaffAccount(
                        account.username(), NUL, account.email(), account.password(), account.roles())))
                .isInstanceOf(StaffAccountException.class)
                .satisfies(refused ->
                        assertThat(english((RefusedException) refused)).startsWith("Name holds"));
    }

    private String english(RefusedException refused) {
        return translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments());
    }
}
