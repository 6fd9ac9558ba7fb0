package app.cairn.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form alone, without a browser or a server: what it validates and which events it fires. */
class StaffFormTest {

    final StaffForm form = new StaffForm();
    final List<StaffFormData> saved = new ArrayList<>();

    StaffFormTest() {
        form.addSaveListener(event -> saved.add(event.data()));
    }

    @Test
    void savesAValidNewAccount() {
        form.setData(StaffFormData.blank());
        form.username.setValue("new.user");
        form.displayName.setValue("New User");
        form.email.setValue("new@example.com");
        form.password.setValue("long-enough-password");
        form.roles.setValue(Set.of(StaffRole.MARKETER));

        form.save.click();

        assertThat(saved).singleElement().satisfies(data -> {
            assertThat(data.toNewAccount().username()).isEqualTo("new.user");
            assertThat(data.toNewAccount().roles()).containsExactly(StaffRole.MARKETER);
            assertThat(data.toNewAccount().password()).isEqualTo("long-enough-password");
        });
    }

    @Test
    void showsEachProblemAndFiresNothingWhenInvalid() {
        form.setData(StaffFormData.blank());
        form.username.setValue("x");
        form.password.setValue("short");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.displayName.isInvalid()).isTrue();
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.roles.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isFalse();
    }

    @Test
    void editingKeepsTheUsernameAndAllowsAnEmptyPassword() {
        form.setData(StaffFormData.of(member(false)));

        assertThat(form.username.isReadOnly()).isTrue();
        assertThat(form.unlock.isVisible()).isFalse();
        form.enabled.setValue(false);
        form.save.click();

        assertThat(saved).singleElement().satisfies(data -> {
            assertThat(data.toUpdate().enabled()).isFalse();
            assertThat(data.toUpdate().newPassword()).isEmpty();
        });
    }

    @Test
    void offersUnlockOnlyForALockedAccount() {
        List<Long> unlocked = new ArrayList<>();
        form.addUnlockListener(event -> unlocked.add(event.data().getId()));

        form.setData(StaffFormData.of(member(true)));
        form.unlock.click();

        assertThat(form.unlock.isVisible()).isTrue();
        assertThat(unlocked).containsExactly(7L);
    }

    private static StaffMember member(boolean locked) {
        return new StaffMember(
                7,
                "jane",
                "Jane",
                "jane@example.com",
                Set.of(StaffRole.AGENT),
                true,
                locked,
                null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
