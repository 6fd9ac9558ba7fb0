package app.cairn.customer;

import static app.cairn.customer.DuplicateFixtures.person;
import static app.cairn.customer.DuplicateFixtures.uniqueCity;
import static app.cairn.customer.DuplicateFixtures.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.testing.CairnTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class CustomerDuplicatesTest {

    private static final Instant SIGNUP = Instant.parse("2025-03-01T10:00:00Z");
    private static final LocalDate BIRTHDAY = LocalDate.of(1984, 2, 29);

    @Autowired
    CustomerDuplicates duplicates;

    @Autowired
    CustomerManagement customers;

    @Test
    void findsTheSameMailboxWhateverTheTagOrGmailDots() {
        String local = "jo.smith." + ProcessHandle.current().pid() + "." + System.nanoTime();
        long tagged = create(person(local + "+shop@gmail.com", "Jo", "Smith", null, uniqueCity(), null));
        long plain = create(person(local.replace(".", "") + "@googlemail.com", "Joanne", "Smith", null, null, null));
        long other = create(person(local + "@example.org", "Jo", "Smith", null, null, null));

        duplicates.scan();

        assertThat(pair(tagged, plain))
                .hasValueSatisfying(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.EMAIL));
        assertThat(pair(tagged, other)).isEmpty();
    }

    @Test
    void findsTheSamePhoneNumber() {
        String phone = uniquePhone();
        long first = create(person(CustomerFixtures.uniqueEmail("p1"), "Ada", "Lovelace", phone, uniqueCity(), null));
        long second = create(person(CustomerFixtures.uniqueEmail("p2"), "Charles", "Babbage", phone, null, null));

        duplicates.scan();

        assertThat(pair(first, second)).hasValueSatisfying(c -> {
            assertThat(c.reasons()).containsExactly(DuplicateReason.PHONE);
            assertThat(c.score()).isEqualTo(0.8);
        });
    }

    @Test
    void findsAlikeNamesInOnePlaceWithOneBirthdayButNotOtherBirthdays() {
        String city = uniqueCity();
        long juergen = create(person(CustomerFixtures.uniqueEmail("j1"), "Jürgen", "Müller", null, city, BIRTHDAY));
        long jurgen = create(person(CustomerFixtures.uniqueEmail("j2"), "Jurgen", "Mueller", null, city, BIRTHDAY));
        long olderNamesake = create(
                person(CustomerFixtures.uniqueEmail("j3"), "Jürgen", "Müller", null, city, BIRTHDAY.minusYears(30)));
        long stranger = create(person(CustomerFixtures.uniqueEmail("j4"), "Petra", "Schulz", null, city, BIRTHDAY));

        duplicates.scan();

        assertThat(pair(juergen, jurgen)).hasValueSatisfying(c -> {
            assertThat(c.reasons()).containsExactly(DuplicateReason.NAME_PLACE);
            assertThat(c.score()).isBetween(0.81, 0.9);
        });
        assertThat(pair(juergen, olderNamesake)).isEmpty();
        assertThat(pair(juergen, stranger)).isEmpty();
        assertThat(pair(jurgen, stranger)).isEmpty();
    }

    @Test
    void combinesReasonsIntoOneSurerPair() {
        String phone = uniquePhone();
        String city = uniqueCity();
        long first = create(person(CustomerFixtures.uniqueEmail("c1"), "Maria", "Weber", phone, city, BIRTHDAY));
        long second = create(person(CustomerFixtures.uniqueEmail("c2"), "Maria", "Weber", phone, city, BIRTHDAY));

        duplicates.scan();

        assertThat(pair(first, second)).hasValueSatisfying(c -> {
            assertThat(c.reasons()).containsExactlyInAnyOrder(DuplicateReason.PHONE, DuplicateReason.NAME_PLACE);
            assertThat(c.score()).isEqualTo(0.98);
        });
    }

    @Test
    void aDismissedPairIsNotOfferedAgain() {
        String phone = uniquePhone();
        long first = create(person(CustomerFixtures.uniqueEmail("d1"), "Tom", "Berg", phone, uniqueCity(), null));
        long second = create(person(CustomerFixtures.uniqueEmail("d2"), "Tim", "Berg", phone, null, null));
        duplicates.scan();
        long candidate = pair(first, second).orElseThrow().id();

        duplicates.dismiss(candidate, "marketer");
        DuplicateScan again = duplicates.scan();

        assertThat(again.status()).isEqualTo(DuplicateScan.Status.DONE);
        assertThat(pair(first, second)).isEmpty();
        assertThatThrownBy(() -> duplicates.dismiss(candidate, "marketer"))
                .isInstanceOfSatisfying(CustomerException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("customer.error.candidate-closed"));
    }

    @Test
    void aFinishedScanSaysHowManyCustomersItReadAndWhatItFound() {
        DuplicateScan scan = duplicates.scan();

        assertThat(scan.status()).isEqualTo(DuplicateScan.Status.DONE);
        assertThat(scan.customers()).isEqualTo(customers.count(CustomerFilter.all()));
        assertThat(scan.finishedAt()).isAfterOrEqualTo(scan.startedAt());
        assertThat(duplicates.latestScan()).contains(scan);
    }

    @Test
    void mergingIntoItselfOrIntoAMergedCustomerIsRefused() {
        long first = create(person(CustomerFixtures.uniqueEmail("m1"), "Eva", "Roth", null, null, null));
        long second = create(person(CustomerFixtures.uniqueEmail("m2"), "Eva", "Roth", null, null, null));
        long third = create(person(CustomerFixtures.uniqueEmail("m3"), "Eva", "Roth", null, null, null));
        duplicates.merge(first, second, Set.of(), "marketer");

        assertThatThrownBy(() -> duplicates.merge(first, first, Set.of(), "marketer"))
                .isInstanceOfSatisfying(CustomerException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("customer.error.merge-self"));
        assertThatThrownBy(() -> duplicates.merge(second, third, Set.of(), "marketer"))
                .isInstanceOfSatisfying(CustomerException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("customer.error.merge-gone"));
        assertThat(customers.find(third)).isPresent();
    }

    private long create(CustomerDetails details) {
        return customers.create(details, SIGNUP, "test");
    }

    /** The open candidate of these two customers, looked for among all open ones. */
    private Optional<DuplicateCandidate> pair(long x, long y) {
        List<DuplicateCandidate> open = duplicates.open(0, (int) duplicates.countOpen() + 1);
        return open.stream()
                .filter(c -> c.a().id() == Math.min(x, y) && c.b().id() == Math.max(x, y))
                .findFirst();
    }
}
