package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class SignInIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void eachRoleSeesOnlyTheNavigationItMayUse(StaffRole role) {
        StaffMember member = staff.create(StaffFixtures.newAccount(role.name().toLowerCase(), role));

        ShellPage shell = openLogin().signIn(member.username(), StaffFixtures.PASSWORD);

        assertThat(shell.currentUser()).isEqualTo(member.username());
        assertThat(shell.navigation())
                .isEqualTo(
                        switch (role) {
                            case ADMIN -> ShellPage.ADMIN_NAVIGATION;
                            case MARKETER -> ShellPage.MARKETER_NAVIGATION;
                            case AGENT -> List.of("Home", "Tickets", "Support report", "Help articles", "Customers");
                        });
    }

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"MARKETER", "AGENT"})
    void aPageTheRoleMayNotUseIsRefused(StaffRole role) {
        StaffMember member = staff.create(StaffFixtures.newAccount(role.name().toLowerCase(), role));
        openLogin().signIn(member.username(), StaffFixtures.PASSWORD);

        page.navigate(url("admin/users"));
        page.locator("#access-denied").waitFor();

        assertThat(page.locator("#access-denied").innerText())
                .contains("No access")
                .contains("admin/users");
        assertThat(page.locator("#users-grid").count()).isZero();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
        page.navigate(url("admin/users"));

        LoginPage.at(page);
        assertThat(page.url()).contains("/login");
    }

    @Test
    void signingOutEndsTheSession() {
        StaffMember agent = StaffFixtures.agent(staff);
        LoginPage login =
                openLogin().signIn(agent.username(), StaffFixtures.PASSWORD).signOut();

        page.navigate(url(""));

        LoginPage.at(page);
        assertThat(page.url()).contains("/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        StaffMember agent = StaffFixtures.agent(staff);

        LoginPage login = openLogin().signInRefused(agent.username(), "not-the-password");

        assertThat(login.error()).contains("Wrong user name or password");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        StaffMember agent = StaffFixtures.agent(staff);
        LoginPage login = openLogin();
        for (int i = 0; i < 5; i++) {
            login.signInRefused(agent.username(), "not-the-password");
        }

        login.signInRefused(agent.username(), StaffFixtures.PASSWORD);

        assertThat(login.error()).contains("Too many attempts");
    }
}
