package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    StaffMember admin;

    @BeforeEach
    void createAdmin() {
        admin = StaffFixtures.admin(staff);
    }

    @Test
    void anAdminCreatesAUserWhoThenSignsIn() {
        String username = StaffFixtures.uniqueUsername("created");
        UsersPage users =
                openLogin().signIn(admin.username(), StaffFixtures.PASSWORD).openUsers();

        users.startNewUser()
                .fill(username, "Created In Browser", "created@example.com", "a-browser-password", List.of("Marketer"))
                .save();

        assertThat(users.notification()).contains("Created " + username);
        ShellPage shell = users.signOut().signIn(username, "a-browser-password");
        assertThat(shell.currentUser()).isEqualTo(username);
        assertThat(shell.navigation()).containsExactlyElementsOf(ShellPage.MARKETER_NAVIGATION);
    }

    @Test
    void anAdminDisablesAUserWhoCanNoLongerSignIn() {
        StaffMember agent = StaffFixtures.agent(staff);
        UsersPage users =
                openLogin().signIn(admin.username(), StaffFixtures.PASSWORD).openUsers();

        users.edit(agent.username()).setEnabled(false).save();

        assertThat(users.notification()).contains("Saved " + agent.username());
        assertThat(staff.find(agent.id()).orElseThrow().enabled()).isFalse();
        LoginPage login = users.signOut().signInRefused(agent.username(), StaffFixtures.PASSWORD);
        assertThat(login.error()).contains("Account disabled");
    }

    @Test
    void anAdminGivesAUserTheAdminRoleAndTheUserThenSeesTheUsersPage() {
        StaffMember agent = StaffFixtures.agent(staff);
        UsersPage users =
                openLogin().signIn(admin.username(), StaffFixtures.PASSWORD).openUsers();

        users.edit(agent.username()).toggleRole("Admin").save();

        assertThat(users.notification()).contains("Saved " + agent.username());
        ShellPage shell = users.signOut().signIn(agent.username(), StaffFixtures.PASSWORD);
        assertThat(shell.navigation()).containsExactlyElementsOf(ShellPage.ADMIN_NAVIGATION);
    }

    @Test
    void invalidInputSaysWhatToFixAndCreatesNothing() {
        String username = StaffFixtures.uniqueUsername("invalid");
        long before = staff.count("");
        UsersPage users =
                openLogin().signIn(admin.username(), StaffFixtures.PASSWORD).openUsers();

        users.startNewUser()
                .fill(username, "Too Short", "", "short", List.of("Agent"))
                .save();

        assertThat(users.fieldError("#staff-password")).contains("at least 10 characters");
        assertThat(staff.count("")).isEqualTo(before);
    }

    @Test
    void aTakenUserNameIsRefusedWithItsName() {
        StaffMember agent = StaffFixtures.agent(staff);
        UsersPage users =
                openLogin().signIn(admin.username(), StaffFixtures.PASSWORD).openUsers();

        users.startNewUser()
                .fill(agent.username(), "Copy", "", "a-browser-password", List.of("Agent"))
                .save();

        assertThat(users.notification()).contains("'" + agent.username() + "' is already taken");
    }

    @Test
    void theOperationsPageShowsTheSystemsFiguresFromTheDatabase() {
        ShellPage shell = openLogin().signIn(admin.username(), StaffFixtures.PASSWORD);
        shell.page.navigate(url("admin/operations"));
        VaadinPage.awaitReady(shell.page);

        String activeStaff = shell.page
                .locator("[data-figure='figure.staff-active'] .cairn-figure-value")
                .innerText();
        String server = shell.page
                .locator("[data-figure='figure.database-server'] .cairn-figure-value")
                .innerText();

        assertThat(Long.parseLong(activeStaff.replace(",", ""))).isEqualTo(staff.count("") - disabledCount());
        assertThat(server).startsWith("MariaDB 11.4");
    }

    private long disabledCount() {
        return staff.page("", org.springframework.data.domain.PageRequest.of(0, 10_000)).stream()
                .filter(member -> !member.enabled())
                .count();
    }
}
