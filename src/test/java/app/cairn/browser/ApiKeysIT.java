package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiKeysIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Test
    void anAdminCreatesAKeyThatOpensTheApiUntilItIsRevoked() throws Exception {
        String name = "Webshop " + System.nanoTime();
        openLogin().signIn(StaffFixtures.admin(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("admin/api-keys"));
        page.locator("#api-keys-grid").waitFor();
        VaadinPage.awaitReady(page);

        page.locator("#api-key-name input").fill(name);
        page.locator("#api-key-create").click();
        String secret = page.locator("#api-key-secret input").inputValue();
        page.locator("#api-key-close").click();

        assertThat(secret).startsWith("cairn_").hasSize(46);
        String email = CustomerFixtures.uniqueEmail("webshop");
        assertThat(putCustomer(secret, email)).isEqualTo(201);
        assertThat(customers.findByEmail(email)).isPresent();

        page.locator("[data-revoke='" + name + "']").click();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#api-keys-grid").innerText()).contains("Revoked");
        assertThat(putCustomer(secret, CustomerFixtures.uniqueEmail("late"))).isEqualTo(401);
    }

    private int putCustomer(String key, String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("api/v1/customers")))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
