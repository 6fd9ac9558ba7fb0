package app.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerNormaliser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void everyGeneratedPersonPassesTheCustomerRules() {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(7));
        for (int i = 1; i <= 2000; i++) {
            People.Person person = People.person(i, random);
            assertThat(CustomerNormaliser.normalise(person.details()).phone()).startsWith("+");
        }
    }

    @Test
    void phoneNumbersAreDrawnFromRangesWideEnoughThatStrangersRarelyShareOne() {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(11));
        Set<String> phones = new HashSet<>();
        int people = 20_000;
        for (int i = 1; i <= people; i++) {
            phones.add(People.person(i, random).details().phone());
        }
        // a shared number makes the duplicate scan pair two strangers
        assertThat(phones).hasSizeGreaterThan(people - 5);
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndCatalogue() {
        assertThat(people(42)).isEqualTo(people(42)).isNotEqualTo(people(43));
        assertThat(Catalogue.products(60, RandomDataGenerator.of(new Well19937c(42))))
                .isEqualTo(Catalogue.products(60, RandomDataGenerator.of(new Well19937c(42))))
                .hasSize(60);
    }

    private static List<People.Person> people(long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<People.Person> people = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            people.add(People.person(i, random));
        }
        return people;
    }
}
