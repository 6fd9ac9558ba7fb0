package app.cairn.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.testing.CairnTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class CustomerManagementTest {

    @Autowired
    CustomerManagement customers;

    @Autowired
    SearchIndexes indexes;

    @Test
    void normalisesDetailsOnCreate() {
        String email = CustomerFixtures.uniqueEmail("Norm");
        long id = customers.create(
                new CustomerDetails(
                        "  " + email.toUpperCase() + " ",
                        "  Anna  Maria ",
                        "Schmidt",
                        "030 1234567",
                        "de",
                        " Berlin ",
                        "Europe/Berlin",
                        "de_DE",
                        LocalDate.of(1990, 5, 17)),
                null,
                "test");

        CustomerProfile profile = customers.find(id).orElseThrow();
        assertThat(profile.email()).isEqualTo(email.toLowerCase());
        assertThat(profile.firstName()).isEqualTo("Anna Maria");
        assertThat(profile.phone()).isEqualTo("+49301234567");
        assertThat(profile.country()).isEqualTo("DE");
        assertThat(profile.city()).isEqualTo("Berlin");
        assertThat(profile.language()).isEqualTo("de-DE");
        assertThat(profile.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
    }

    @Test
    void refusesDetailsItCannotReadNamingTheValue() {
        assertRefused(
                new CustomerDetails("not-an-email", null, null, null, null, null, null, null, null),
                "customer.error.email-invalid");
        assertRefused(
                new CustomerDetails(null, null, null, "12", "DE", null, null, null, null),
                "customer.error.phone-invalid");
        assertRefused(
                new CustomerDetails(null, null, null, null, "Germania", null, null, null, null),
                "customer.error.country-invalid");
        assertRefused(
                new CustomerDetails(null, null, null, null, null, null, "Mars/Olympus", null, null),
                "customer.error.time-zone-invalid");
    }

    @Test
    void aLiveCustomersEmailCannotBeTakenTwice() {
        String email = CustomerFixtures.uniqueEmail("twice");
        long first = customers.create(CustomerFixtures.berliner(email), null, "test");
        long other = customers.create(CustomerFixtures.berliner(CustomerFixtures.uniqueEmail("other")), null, "test");

        assertRefused(CustomerFixtures.berliner(email.toUpperCase()), "customer.error.email-taken");
        assertThatThrownBy(() -> customers.updateDetails(other, CustomerFixtures.berliner(email), "staff"))
                .isInstanceOfSatisfying(CustomerException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("customer.error.email-taken"));
        assertThat(customers.findByEmail(email.toUpperCase()).orElseThrow().id())
                .isEqualTo(first);
    }

    @Test
    void keepsEveryChangedFieldWithWhoChangedIt() {
        long id = CustomerFixtures.berliner(customers, null);
        CustomerDetails before = customers.find(id).orElseThrow().details();

        customers.updateDetails(
                id,
                new CustomerDetails(
                        before.email(),
                        before.firstName(),
                        "Meyer",
                        before.phone(),
                        before.country(),
                        "Hamburg",
                        before.timeZone(),
                        before.language(),
                        before.birthday()),
                "anna.staff");

        assertThat(customers.changes(id))
                .extracting(
                        ProfileChange::field,
                        ProfileChange::oldValue,
                        ProfileChange::newValue,
                        ProfileChange::changedBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("lastName", "Schmidt", "Meyer", "anna.staff"),
                        org.assertj.core.groups.Tuple.tuple("city", "Berlin", "Hamburg", "anna.staff"));
    }

    @Test
    void recordsConsentWithSourceBasisAndHistory() {
        long id = CustomerFixtures.berliner(customers, null);

        customers.setConsent(id, ConsentChannel.EMAIL, true, "signup-form", LegalBasis.CONSENT, null);
        customers.setConsent(id, ConsentChannel.EMAIL, true, "signup-form", LegalBasis.CONSENT, null);
        CustomerProfile withdrawn =
                customers.setConsent(id, ConsentChannel.EMAIL, false, "staff:anna", LegalBasis.CONSENT, "anna");

        assertThat(withdrawn.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.granted()).isFalse();
            assertThat(consent.source()).isEqualTo("staff:anna");
        });
        assertThat(customers.consentHistory(id))
                .extracting(Consent::granted, Consent::source, Consent::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, "staff:anna", "anna"),
                        org.assertj.core.groups.Tuple.tuple(true, "signup-form", null));
    }

    @Test
    void tagsAreNormalisedAndValidated() {
        long id = CustomerFixtures.berliner(customers, null);

        assertThat(customers.tag(id, "  VIP ", "anna").tags()).containsExactly("vip");
        assertThat(customers.untag(id, "vip", "anna").tags()).isEmpty();
        assertThatThrownBy(() -> customers.tag(id, "<script>", "anna")).isInstanceOf(CustomerException.class);
    }

    @Test
    void filtersTheListByPrefixCountryTagSignupAndConsent() {
        String marker = "zq" + ProcessHandle.current().pid() + System.nanoTime();
        long early = customers.create(
                new CustomerDetails(marker + "a@example.com", marker, "One", null, "CN", null, null, null, null),
                Instant.parse("2024-01-10T08:00:00Z"),
                "test");
        long late = customers.create(
                new CustomerDetails(marker + "b@example.com", marker, "Two", null, "DE", null, null, null, null),
                Instant.parse("2024-03-10T08:00:00Z"),
                "test");
        customers.tag(late, "vip", "test");
        customers.setConsent(early, ConsentChannel.SMS, true, "test", LegalBasis.CONSENT, null);

        assertThat(ids(new CustomerFilter(marker, null, null, null, null, null)))
                .containsExactly(late, early);
        assertThat(ids(new CustomerFilter(marker + "b@", null, null, null, null, null)))
                .containsExactly(late);
        assertThat(ids(new CustomerFilter(marker, "cn", null, null, null, null)))
                .containsExactly(early);
        assertThat(ids(new CustomerFilter(marker, null, "vip", null, null, null)))
                .containsExactly(late);
        assertThat(ids(new CustomerFilter(
                        marker, null, null, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10), null)))
                .containsExactly(early);
        assertThat(ids(new CustomerFilter(marker, null, null, null, null, ConsentChannel.SMS)))
                .containsExactly(early);
        assertThat(customers.count(new CustomerFilter(marker, null, null, null, null, null)))
                .isEqualTo(2);
        assertThat(customers.page(new CustomerFilter(marker, null, null, null, null, null), 0, 10, "name", true))
                .extracting(CustomerSummary::id)
                .containsExactly(early, late);
    }

    @Test
    void searchMatchesTheStartOfEachNamePartAndTheDomainOfTheAddress() {
        String marker = "Hq" + ProcessHandle.current().pid() + System.nanoTime();
        String domain = marker.toLowerCase(java.util.Locale.ROOT) + ".example";
        long hugo = customers.create(
                new CustomerDetails("hugo@" + domain, "Hugo", marker + "Martin", null, "FR", null, null, null, null),
                Instant.parse("2024-01-10T08:00:00Z"),
                "test");
        long other = customers.create(
                new CustomerDetails("ana@" + domain, "Ana", marker + "Lopez", null, "ES", null, null, null, null),
                Instant.parse("2024-01-11T08:00:00Z"),
                "test");

        assertThat(ids(new CustomerFilter("Hugo " + marker + "Mart", null, null, null, null, null)))
                .containsExactly(hugo);
        assertThat(ids(new CustomerFilter(marker + "Mart hu", null, null, null, null, null)))
                .as("in any order, any case")
                .containsExactly(hugo);
        assertThat(ids(new CustomerFilter(domain, null, null, null, null, null)))
                .containsExactlyInAnyOrder(hugo, other);
        assertThat(ids(new CustomerFilter("@" + domain, null, null, null, null, null)))
                .containsExactlyInAnyOrder(hugo, other);
    }

    @Test
    void searchFindsCitiesPhoneNumbersByTheirEndAccentFoldedNamesAndChineseNames() {
        String marker = "Cq" + ProcessHandle.current().pid() + System.nanoTime();
        long jose = customers.create(
                new CustomerDetails(
                        marker + "@shop.example",
                        "José",
                        marker + "Müller",
                        "+4915123456789",
                        "DE",
                        "Hamburg",
                        null,
                        null,
                        null),
                Instant.parse("2024-02-10T08:00:00Z"),
                "test");
        long wang = customers.create(
                new CustomerDetails(
                        "w" + marker + "@shop.example", "小明", "王" + marker, null, "CN", "上海", null, null, null),
                Instant.parse("2024-02-11T08:00:00Z"),
                "test");

        assertThat(ids(new CustomerFilter("jose " + marker.toLowerCase(), null, null, null, null, null)))
                .containsExactly(jose);
        assertThat(ids(new CustomerFilter(marker + "muller", null, null, null, null, null)))
                .containsExactly(jose);
        assertThat(ids(new CustomerFilter("Hamburg " + marker, null, null, null, null, null)))
                .containsExactly(jose);
        assertThat(ids(new CustomerFilter("0151 2345 6789", "DE", null, null, null, null)))
                .contains(jose);
        assertThat(ids(new CustomerFilter("小明 " + marker, null, null, null, null, null)))
                .containsExactly(wang);
        assertThat(ids(new CustomerFilter("上海 " + marker, null, null, null, null, null)))
                .containsExactly(wang);
    }

    @Test
    void treatsHostileSearchTextAsPlainCharacters() {
        CustomerFixtures.berliner(customers, null);

        SearchFixtures.awaitIndexed(indexes);
        assertThat(customers.count(new CustomerFilter("%", null, null, null, null, null)))
                .isZero();
        assertThat(customers.count(new CustomerFilter("' OR 1=1 --", null, null, null, null, null)))
                .isZero();
        assertThat(customers.page(CustomerFilter.all(), 0, 5, "signupAt; DROP TABLE customer", false))
                .hasSize(5);
    }

    private java.util.List<Long> ids(CustomerFilter filter) {
        SearchFixtures.awaitIndexed(indexes);
        return customers.page(filter, 0, 10, "signupAt", false).stream()
                .map(CustomerSummary::id)
                .toList();
    }

    @Test
    void aCappedCountIsExactUpToItsLimitAndOneMoreBeyond() {
        String tag = "capped-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            customers.tag(CustomerFixtures.berliner(customers, null), tag, "test");
        }
        CustomerFilter tagged = new CustomerFilter(null, null, tag, null, null, null);

        assertThat(customers.countUpTo(tagged, 10)).isEqualTo(3);
        assertThat(customers.countUpTo(tagged, 3)).isEqualTo(3);
        assertThat(customers.countUpTo(tagged, 2)).as("more than 2").isEqualTo(3);
        assertThat(customers.countUpTo(tagged, 1)).as("more than 1").isEqualTo(2);
    }

    private void assertRefused(CustomerDetails details, String key) {
        assertThatThrownBy(() -> customers.create(details, null, "test"))
                .isInstanceOfSatisfying(
                        CustomerException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
