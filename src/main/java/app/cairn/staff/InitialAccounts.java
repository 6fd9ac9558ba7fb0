package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start (no staff account yet) creates the first admin. Its password comes from
 * {@code CAIRN_ADMIN_PASSWORD}; without it one is generated and printed once in the log. In demo mode it
 * creates an admin, a marketer and an agent with the demo password instead.
 */
@Component
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccountRepository accounts;
    private final StaffManagement staff;
    private final String configuredPassword;
    private final boolean demo;
    private final String demoPassword;

    InitialAccounts(
            StaffAccountRepository accounts,
            StaffManagement staff,
            @Value("${cairn.security.initial-admin-password:}") String configuredPassword,
            @Value("${cairn.demo.enabled:false}") boolean demo,
            @Value("${cairn.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.staff = staff;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
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
            log.warn("""

                    ==========================================================================
                      First start: created the staff account 'admin' with the password
                          {}
                      It is shown only this once. Sign in and change it under Users.
                    ==========================================================================""", password);
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

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
