package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DuplicatesIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Test
    void aMarketerScansForDuplicatesAndMergesAPairChoosingAFieldFromEach() {
        String family = "Dupe" + System.nanoTime();
        String phone =
                "+4915123" + String.format("%06d", ProcessHandle.current().pid() % 1_000_000);
        long older = customers.create(
                details("kate." + family.toLowerCase() + "@example.com", "Kate", family, phone, "Leeds"),
                Instant.parse("2024-02-01T09:00:00Z"),
                "web");
        long newer = customers.create(
                details("catherine." + family.toLowerCase() + "@example.com", "Catherine", family, phone, "York"),
                Instant.parse("2025-08-01T09:00:00Z"),
                "import");
        order(older, "K-" + family, "25.00");
        order(newer, "C-" + family, "40.00");
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("customers/duplicates"));
        DuplicatesPage duplicates = DuplicatesPage.at(page).scan();
        assertThat(duplicates.status()).contains("pairs found");
        duplicates.review(family);
        assertThat(duplicates.dialogText()).contains("same phone number").contains("#" + older);

        CustomerPage merged = duplicates.take("first-name", "Catherine").mergeAndOpen();

        assertThat(merged.heading()).isEqualTo("Catherine " + family);
        assertThat(page.url()).endsWith("/customers/" + older);
        assertThat(merged.ordersText()).contains("K-" + family).contains("C-" + family);
        page.navigate(url("customers/" + newer));
        assertThat(CustomerPage.at(page).heading())
                .as("the merged customer's page leads to the kept one")
                .isEqualTo("Catherine " + family);
    }

    private static CustomerDetails details(String email, String first, String last, String phone, String city) {
        return new CustomerDetails(email, first, last, phone, "GB", city, "Europe/London", "en-GB", null);
    }

    private void order(long customer, String number, String amount) {
        commerce.recordOrder(new OrderData(
                number,
                customer,
                Instant.parse("2025-09-01T12:00:00Z"),
                OrderStatus.PAID,
                "GBP",
                List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal(amount)))));
    }
}
