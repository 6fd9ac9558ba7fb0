package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no staff account yet) creates the first admin. Its password comes from
 * {@code CAIRN_ADMIN_PASSWORD}; without it one is generated and written to {@value #PASSWORD_FILE} in the data
 * folder, readable by its owner only. The log names that file but never holds the password (log files are read by
 * more people than the admin). A later start deletes the file once the admin has changed that password. In demo
 * mode it creates an admin, a marketer and an agent with the demo password instead.
 */
@Component
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccountRepository accounts;
    private final StaffManagement staff;
    private final String configuredPassword;
    private final boolean demo;
    private final String demoPassword;
    private final Path passwordFile;
    private final PasswordEncoder encoder;

    InitialAccounts(
            StaffAccountRepository accounts,
            StaffManagement staff,
            PasswordEncoder encoder,
            @Value("${cairn.data-dir}") Path dataDir,
            @Value("${cairn.security.initial-admin-password:}") String configuredPassword,
            @Value("${cairn.demo.enabled:false}") boolean demo,
            @Value("${cairn.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.staff = staff;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
        this.encoder = encoder;
        this.passwordFile = dataDir.resolve(PASSWORD_FILE);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            forgetChangedPassword();
            return;
        }
        try {
            if (demo) {
                createDemoAccounts();
            } else {
                createFirstAdmin();
            }
        } catch (StaffAccountException raced) {
            log.info("Initial staff accounts were created by another node");
        }
    }

    private void createFirstAdmin() {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        staff.create(new NewStaffAccount("admin", "Administrator", null, password, Set.of(StaffRole.ADMIN)));
        if (generated) {
            writeOwnerOnly(passwordFile, password);
            log.warn("""

                    ==========================================================================
                      First start: created the staff account 'admin' with a generated password.
                      It is in {} (readable by this user only).
                      Sign in and change it under Users; the file is deleted at the next start.
                    ==========================================================================""", passwordFile);
        } else {
            log.info("First start: created the staff account 'admin' with the configured password");
        }
    }

    private void createDemoAccounts() {
        staff.create(
                new NewStaffAccount("admin", "Ada Admin", "admin@example.com", demoPassword, Set.of(StaffRole.ADMIN)));
        staff.create(new NewStaffAccount(
                "marketer", "Mia Marketer", "marketer@example.com", demoPassword, Set.of(StaffRole.MARKETER)));
        staff.create(
                new NewStaffAccount("agent", "Sam Agent", "agent@example.com", demoPassword, Set.of(StaffRole.AGENT)));
        log.warn(
                "Demo mode: created staff accounts admin, marketer and agent with the demo password (CAIRN_DEMO_PASSWORD)");
    }

    /** Deletes the generated password's file once the admin's password is no longer that one. */
    private void forgetChangedPassword() {
        if (!Files.isRegularFile(passwordFile)) {
            return;
        }
        try {
            String generated =
                    Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            boolean unchanged = accounts.findByUsername("admin")
                    .map(admin -> encoder.matches(generated, admin.getPasswordHash()))
                    .orElse(false);
            if (!unchanged) {
                Files.delete(passwordFile);
                log.info("Deleted {}: the admin password it held is no longer in use", passwordFile);
            }
        } catch (IOException e) {
            log.warn("Could not read or delete {}: {}", passwordFile, e.getMessage());
        }
    }

    /** Writes a secret to a file that only the owner may read (created so, never readable by others in between). */
    static void writeOwnerOnly(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the generated admin password to " + file, e);
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
