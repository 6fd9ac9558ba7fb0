package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErrorHandlingIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Test
    void anUnexpectedErrorShowsAFriendlyNotificationWhoseReferenceIsInTheLog() throws Exception {
        StaffMember agent = StaffFixtures.agent(staff);
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.navigate(url("test/failing"));
        VaadinPage.awaitReady(page);

        page.locator("#fail").click();

        String notification = page.locator("vaadin-notification-card").last().innerText();
        assertThat(notification).contains("Something went wrong").doesNotContain("IllegalStateException");
        Matcher reference = Pattern.compile("([0-9a-f]{8})").matcher(notification);
        assertThat(reference.find()).isTrue();
        String log = Files.readString(Path.of("target", "test-data", "logs", "cairn.log"));
        assertThat(log).contains("[ref " + reference.group(1) + "]").contains(FailingTestView.FAILURE);
    }
}
