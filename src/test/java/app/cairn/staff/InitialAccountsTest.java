package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.StaffRole;
import app.cairn.testing.CairnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@CairnTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class InitialAccountsTest {

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    StaffManagement staff;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void firstStartCreatesAnAdminWithTheConfiguredPassword() {
        accounts.deleteAllInBatch();

        initialAccounts("a-configured-secret", false).run(new DefaultApplicationArguments());

        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(StaffRole.ADMIN);
        assertThat(passwordEncoder.matches("a-configured-secret", admin.getPasswordHash()))
                .isTrue();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void firstStartWithoutAConfiguredPasswordGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        accounts.deleteAllInBatch();

        initialAccounts("", false).run(new DefaultApplicationArguments());

        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        String printed = output.getOut()
                .lines()
                .map(String::strip)
                .filter(line -> line.matches("[A-Za-z0-9]{20}"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(passwordEncoder.matches(printed, admin.getPasswordHash())).isTrue();
    }

    @Test
    void demoModeCreatesOneAccountPerRoleWithTheDemoPassword() {
        accounts.deleteAllInBatch();

        initialAccounts("", true).run(new DefaultApplicationArguments());

        assertThat(accounts.findAll())
                .extracting(StaffAccount::getUsername)
                .containsExactlyInAnyOrder("admin", "marketer", "agent");
        assertThat(passwordEncoder.matches(
                        "demo-password-1",
                        accounts.findByUsername("agent").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void laterStartsCreateNothing() {
        long before = accounts.count();
        assertThat(before).isPositive();

        initialAccounts("another-secret-1", true).run(new DefaultApplicationArguments());

        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void generatedPasswordsAreLongAndDifferEachTime() {
        String first = InitialAccounts.generatePassword();
        assertThat(first).hasSize(20).matches("[A-Za-z0-9]+");
        assertThat(InitialAccounts.generatePassword()).isNotEqualTo(first);
    }

    private InitialAccounts initialAccounts(String configuredPassword, boolean demo) {
        return new InitialAccounts(accounts, staff, configuredPassword, demo, "demo-password-1");
    }
}
