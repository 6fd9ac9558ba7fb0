package app.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.testing.CairnTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CairnTest
class HealthEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffManagement staff;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsPublicAndUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("quartz");
    }

    @Test
    void anAdminSeesTheDatabaseAndSchedulerChecks() throws Exception {
        StaffMember admin = StaffFixtures.admin(staff);

        HttpResponse<String> response = get("/actuator/health", admin.username());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.components.db.status"))
                .isEqualTo("UP");
        assertThat(JsonPath.<String>read(response.body(), "$.components.quartz.status"))
                .isEqualTo("UP");
        assertThat(JsonPath.<Boolean>read(response.body(), "$.components.quartz.details.clustered"))
                .isTrue();
    }

    @Test
    void metricsNeedAnAdmin() throws Exception {
        StaffMember marketer = StaffFixtures.marketer(staff);
        StaffMember admin = StaffFixtures.admin(staff);

        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", marketer.username()).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", admin.username()).body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (username != null) {
            String credentials = username + ":" + StaffFixtures.PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
