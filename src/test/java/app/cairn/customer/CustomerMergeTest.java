package app.cairn.customer;

import static app.cairn.customer.DuplicateFixtures.person;
import static app.cairn.customer.DuplicateFixtures.uniqueCity;
import static app.cairn.customer.DuplicateFixtures.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class CustomerMergeTest {

    @Autowired
    CustomerDuplicates duplicates;

    @Autowired
    CustomerManagement customers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theKeptCustomerTakesTheChosenFieldsAndKeepsItsOwnForTheRest() {
        String keptEmail = CustomerFixtures.uniqueEmail("kept");
        String mergedEmail = CustomerFixtures.uniqueEmail("merged");
        String mergedPhone = uniquePhone();
        long kept = customers.create(
                person(keptEmail, "Kate", "Bush", null, uniqueCity(), null),
                Instant.parse("2025-05-01T00:00:00Z"),
                "web");
        long merged = customers.create(
                person(mergedEmail, "Catherine", "Bush", mergedPhone, "Hamburg", LocalDate.of(1958, 7, 30)),
                Instant.parse("2024-01-01T00:00:00Z"),
                "import");

        CustomerProfile result = duplicates.merge(
                kept, merged, Set.of(MergeField.EMAIL, MergeField.PHONE, MergeField.BIRTHDAY), "marketer");

        assertThat(result.id()).isEqualTo(kept);
        assertThat(result.email()).isEqualTo(mergedEmail);
        assertThat(result.firstName()).isEqualTo("Kate");
        assertThat(result.phone()).isEqualTo(mergedPhone);
        assertThat(result.city()).isNotEqualTo("Hamburg");
        assertThat(result.birthday()).isEqualTo(LocalDate.of(1958, 7, 30));
        assertThat(result.signupAt()).as("the earlier signup").isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(customers.findByEmail(mergedEmail)).map(CustomerProfile::id).contains(kept);
        assertThat(customers.find(merged)).as("merged customers leave the list").isEmpty();
        assertThat(customers.mergedInto(merged)).contains(kept);
        assertThat(customers.changes(kept))
                .extracting(ProfileChange::field, ProfileChange::newValue, ProfileChange::changedBy)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("email", mergedEmail, "marketer"),
                        org.assertj.core.groups.Tuple.tuple("mergedFrom", "#" + merged, "marketer"));
        assertThat(customers.changes(merged))
                .extracting(ProfileChange::field, ProfileChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("mergedInto", "#" + kept));
    }

    @Test
    void tagsOfBothStayAndTheLaterConsentPerChannelCounts() {
        long kept = customers.create(
                person(CustomerFixtures.uniqueEmail("k"), "Al", "Green", null, null, null), null, "web");
        long merged = customers.create(
                person(CustomerFixtures.uniqueEmail("m"), "Al", "Green", null, null, null), null, "web");
        customers.tag(kept, "vip", "marketer");
        customers.tag(merged, "wholesale", "marketer");
        customers.setConsent(kept, ConsentChannel.EMAIL, true, "signup-form", LegalBasis.CONSENT, null);
        customers.setConsent(merged, ConsentChannel.SMS, true, "checkout", LegalBasis.CONSENT, null);
        clock.advance(Duration.ofMinutes(5));
        customers.setConsent(merged, ConsentChannel.EMAIL, false, "unsubscribe-link", LegalBasis.CONSENT, null);

        CustomerProfile result = duplicates.merge(kept, merged, Set.of(), "marketer");

        assertThat(result.tags()).containsExactlyInAnyOrder("vip", "wholesale");
        assertThat(result.consents())
                .extracting(Consent::channel, Consent::granted, Consent::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ConsentChannel.EMAIL, false, "unsubscribe-link"),
                        org.assertj.core.groups.Tuple.tuple(ConsentChannel.SMS, true, "checkout"));
        assertThat(customers.consentHistory(kept))
                .filteredOn(c -> "marketer".equals(c.changedBy()))
                .extracting(Consent::channel)
                .containsExactlyInAnyOrder(ConsentChannel.EMAIL, ConsentChannel.SMS);
    }

    @Test
    void aMergedPairIsClosedAndNotOfferedAgain() {
        String phone = uniquePhone();
        long first = customers.create(
                person(CustomerFixtures.uniqueEmail("a"), "Bo", "Lund", phone, null, null), null, "web");
        long second = customers.create(
                person(CustomerFixtures.uniqueEmail("b"), "Bo", "Lund", phone, null, null), null, "web");
        duplicates.scan();
        assertThat(duplicates.open(0, (int) duplicates.countOpen() + 1))
                .anyMatch(c -> c.a().id() == first && c.b().id() == second);

        duplicates.merge(second, first, Set.of(), "marketer");
        duplicates.scan();

        assertThat(duplicates.open(0, (int) duplicates.countOpen() + 1))
                .noneMatch(c -> c.a().id() == first || c.b().id() == first);
        assertThat(customers.find(second)).map(CustomerProfile::phone).contains(phone);
    }
}
