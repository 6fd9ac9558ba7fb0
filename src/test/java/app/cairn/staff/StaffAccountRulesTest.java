package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountRulesTest {

    @Test
    void acceptsOrdinaryUsernamesAndNormalisesThem() {
        assertThat(StaffAccountRules.usernameProblem(" Jane.Doe ")).isEmpty();
        assertThat(StaffAccountRules.normaliseUsername(" Jane.Doe ")).isEqualTo("jane.doe");
    }

    @Test
    void rejectsUsernamesThatAreShortOddOrLong() {
        assertThat(StaffAccountRules.usernameProblem("ab")).contains("staff.error.username-invalid");
        assertThat(StaffAccountRules.usernameProblem("-dash")).contains("staff.error.username-invalid");
        assertThat(StaffAccountRules.usernameProblem("with space")).contains("staff.error.username-invalid");
        assertThat(StaffAccountRules.usernameProblem("a".repeat(65))).contains("staff.error.username-invalid");
        assertThat(StaffAccountRules.usernameProblem(null)).contains("staff.error.username-invalid");
    }

    @Test
    void passwordsNeedTenCharactersAndFitBcrypt() {
        assertThat(StaffAccountRules.passwordProblem("123456789")).contains("staff.error.password-too-short");
        assertThat(StaffAccountRules.passwordProblem("1234567890")).isEmpty();
        assertThat(StaffAccountRules.passwordProblem("x".repeat(72))).isEmpty();
        assertThat(StaffAccountRules.passwordProblem("x".repeat(73))).contains("staff.error.password-too-long");
    }

    @Test
    void emailIsOptionalButMustLookRightWhenGiven() {
        assertThat(StaffAccountRules.emailProblem("")).isEmpty();
        assertThat(StaffAccountRules.emailProblem("a@b.co")).isEmpty();
        assertThat(StaffAccountRules.emailProblem("a@b")).contains("staff.error.email-invalid");
    }

    @Test
    void needsANameAndARole() {
        assertThat(StaffAccountRules.displayNameProblem(" ")).contains("staff.error.display-name-required");
        assertThat(StaffAccountRules.displayNameProblem("x".repeat(121))).contains("staff.error.display-name-too-long");
        assertThat(StaffAccountRules.rolesProblem(Set.of())).contains("staff.error.roles-required");
        assertThat(StaffAccountRules.rolesProblem(Set.of(StaffRole.AGENT))).isEmpty();
    }
}
