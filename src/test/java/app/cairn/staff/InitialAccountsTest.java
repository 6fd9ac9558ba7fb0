package app.cairn.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.StaffRole;
import app.cairn.testing.CairnTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    @TempDir
    Path dataDir;

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
    void aGeneratedPasswordGoesToAnOwnerOnlyFileAndNeverIntoTheLog(CapturedOutput output) throws Exception {
        accounts.deleteAllInBatch();

        initialAccounts("", false).run(new DefaultApplicationArguments());

        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        Path file = dataDir.resolve(InitialAccounts.PASSWORD_FILE);
        String generated = Files.readString(file).strip();
        assertThat(passwordEncoder.matches(generated, admin.getPasswordHash())).isTrue();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(output.getAll()).contains(file.toString()).doesNotContain(generated);
    }

    @Test
    void theGeneratedPasswordFileIsDeletedOnceTheAdminChangedThePassword() throws Exception {
        accounts.deleteAllInBatch();
        initialAccounts("", false).run(new DefaultApplicationArguments());
        Path file = dataDir.resolve(InitialAccounts.PASSWORD_FILE);

        initialAccounts("", false).run(new DefaultApplicationArguments());
        assertThat(file).as("kept while the admin still uses it").exists();

        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        admin.changePassword(passwordEncoder.encode("a-new-admin-password"), Instant.EPOCH);
        accounts.flush();
        initialAccounts("", false).run(new DefaultApplicationArguments());

        assertThat(file).doesNotExist();
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
        return new InitialAccounts(
                accounts, staff, passwordEncoder, dataDir, configuredPassword, demo, "demo-password-1");
    }
}
