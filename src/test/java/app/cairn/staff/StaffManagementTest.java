package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.shared.StaffRole;
import app.cairn.testing.CairnTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@CairnTest
class StaffManagementTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsAnAccountWithAHashedPasswordAndNormalisedUsername() {
        NewStaffAccount account = StaffFixtures.newAccount("Mixed", StaffRole.MARKETER, StaffRole.AGENT);
        StaffMember created = staff.create(new NewStaffAccount(
                "  " + account.username().toUpperCase() + " ",
                account.displayName(),
                account.email(),
                account.password(),
                account.roles()));

        assertThat(created.username()).isEqualTo(account.username().toLowerCase());
        assertThat(created.roles()).containsExactlyInAnyOrder(StaffRole.MARKETER, StaffRole.AGENT);
        assertThat(created.enabled()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?")
                .param(created.id())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2").doesNotContain(StaffFixtures.PASSWORD);
        assertThat(passwordEncoder.matches(StaffFixtures.PASSWORD, hash)).isTrue();
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        StaffMember existing = StaffFixtures.agent(staff);
        NewStaffAccount again = new NewStaffAccount(
                existing.username().toUpperCase(), "Other", null, StaffFixtures.PASSWORD, Set.of(StaffRole.AGENT));

        assertThatThrownBy(() -> staff.create(again)).isInstanceOfSatisfying(StaffAccountException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("staff.error.username-taken");
            assertThat(e.arguments()).containsExactly(existing.username());
        });
    }

    @Test
    void refusesEachBrokenRuleWithItsOwnMessageAndWritesNothing() {
        long before = staff.count("");
        assertRefused(
                new NewStaffAccount("x", "Name", null, StaffFixtures.PASSWORD, Set.of(StaffRole.AGENT)),
                "staff.error.username-invalid");
        assertRefused(
                new NewStaffAccount(
                        StaffFixtures.uniqueUsername("ok"), " ", null, StaffFixtures.PASSWORD, Set.of(StaffRole.AGENT)),
                "staff.error.display-name-required");
        assertRefused(
                new NewStaffAccount(
                        StaffFixtures.uniqueUsername("ok"),
                        "Name",
                        "not-an-email",
                        StaffFixtures.PASSWORD,
                        Set.of(StaffRole.AGENT)),
                "staff.error.email-invalid");
        assertRefused(
                new NewStaffAccount(StaffFixtures.uniqueUsername("ok"), "Name", null, "short", Set.of(StaffRole.AGENT)),
                "staff.error.password-too-short");
        assertRefused(
                new NewStaffAccount(
                        StaffFixtures.uniqueUsername("ok"), "Name", null, "密".repeat(25), Set.of(StaffRole.AGENT)),
                "staff.error.password-too-long");
        assertRefused(
                new NewStaffAccount(StaffFixtures.uniqueUsername("ok"), "Name", null, StaffFixtures.PASSWORD, Set.of()),
                "staff.error.roles-required");
        assertThat(staff.count("")).isEqualTo(before);
    }

    @Test
    void updatesDetailsRolesStatusAndPassword() {
        StaffMember agent = StaffFixtures.agent(staff);

        StaffMember changed = staff.update(
                agent.id(),
                new StaffAccountUpdate(
                        "New Name", "new@example.com", Set.of(StaffRole.MARKETER), false, "another-long-password"));

        assertThat(changed.displayName()).isEqualTo("New Name");
        assertThat(changed.email()).isEqualTo("new@example.com");
        assertThat(changed.roles()).containsExactly(StaffRole.MARKETER);
        assertThat(changed.enabled()).isFalse();
        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?")
                .param(agent.id())
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches("another-long-password", hash)).isTrue();
    }

    @Test
    void keepsThePasswordWhenNoNewOneIsGiven() {
        StaffMember agent = StaffFixtures.agent(staff);

        staff.update(agent.id(), new StaffAccountUpdate("Renamed", null, Set.of(StaffRole.AGENT), true, ""));

        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?")
                .param(agent.id())
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(StaffFixtures.PASSWORD, hash)).isTrue();
    }

    @Test
    @Transactional
    void neverLeavesCairnWithoutAnEnabledAdmin() {
        StaffMember last = StaffFixtures.admin(staff);
        staff.page("", PageRequest.of(0, 1000)).stream()
                .filter(member -> member.has(StaffRole.ADMIN) && member.enabled() && member.id() != last.id())
                .forEach(other -> staff.update(
                        other.id(),
                        new StaffAccountUpdate(
                                other.displayName(), other.email(), Set.of(StaffRole.AGENT), true, null)));

        assertThatThrownBy(() -> staff.update(
                        last.id(),
                        new StaffAccountUpdate(last.displayName(), null, Set.of(StaffRole.ADMIN), false, null)))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("staff.error.last-admin"));
        assertThatThrownBy(() -> staff.update(
                        last.id(),
                        new StaffAccountUpdate(last.displayName(), null, Set.of(StaffRole.MARKETER), true, null)))
                .isInstanceOf(StaffAccountException.class);
        assertThat(staff.find(last.id()).orElseThrow().has(StaffRole.ADMIN)).isTrue();
    }

    @Test
    void pagesAndCountsAccountsMatchingAFilter() {
        String marker = StaffFixtures.uniqueUsername("zz-filter");
        for (int i = 0; i < 3; i++) {
            staff.create(new NewStaffAccount(
                    marker + "-" + i, "Filter " + i, null, StaffFixtures.PASSWORD, Set.of(StaffRole.AGENT)));
        }

        assertThat(staff.count(marker)).isEqualTo(3);
        assertThat(staff.page(marker, PageRequest.of(0, 2, Sort.by("username").descending())))
                .extracting(StaffMember::username)
                .containsExactly(marker + "-2", marker + "-1");
        assertThat(staff.count("no such staff %_")).isZero();
    }

    private void assertRefused(NewStaffAccount account, String key) {
        assertThatThrownBy(() -> staff.create(account))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }
}
