package app.cairn.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Addresses that differ only by an accent or ß are different customers, not one. */
@CairnTest
class EmailIdentityTest {

    @Autowired
    CustomerManagement customers;

    @Test
    void anAccentOrAnEszettMakesAnotherAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long cafe = customers.create(CustomerFixtures.berliner("café-" + tag + "@example.com"), null, "test");
        long strasse = customers.create(CustomerFixtures.berliner("straße-" + tag + "@example.com"), null, "test");

        long plainCafe = customers.create(CustomerFixtures.berliner("cafe-" + tag + "@example.com"), null, "test");
        long plainStrasse =
                customers.create(CustomerFixtures.berliner("strasse-" + tag + "@example.com"), null, "test");

        assertThat(List.of(plainCafe, plainStrasse)).doesNotContain(cafe, strasse);
        Map<String, Long> found = customers.idsByEmail(List.of(
                "café-" + tag + "@example.com",
                "cafe-" + tag + "@example.com",
                "straße-" + tag + "@example.com",
                "strasse-" + tag + "@example.com"));
        assertThat(found)
                .containsEntry("café-" + tag + "@example.com", cafe)
                .containsEntry("cafe-" + tag + "@example.com", plainCafe)
                .containsEntry("straße-" + tag + "@example.com", strasse)
                .containsEntry("strasse-" + tag + "@example.com", plainStrasse);
        assertThat(customers.findByEmail("CAFÉ-" + tag + "@example.com").map(CustomerProfile::id))
                .as("still found whatever the case, as addresses are stored lower-case")
                .contains(cafe);
    }
}
