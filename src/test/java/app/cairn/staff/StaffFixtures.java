package app.cairn.staff;

import app.cairn.shared.StaffRole;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Staff accounts for tests, each with a fresh user name and the same known password. */
public final class StaffFixtures {

    /** The password of every fixture account. */
    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffFixtures() {}

    /** A new, unsaved account with the given roles and a unique user name starting with {@code prefix}. */
    public static NewStaffAccount newAccount(String prefix, StaffRole... roles) {
        String username = uniqueUsername(prefix);
        return new NewStaffAccount(
                username,
                "Test " + username,
                username + "@example.com",
                PASSWORD,
                roles.length == 0 ? Set.of(StaffRole.AGENT) : EnumSet.of(roles[0], roles));
    }

    /** A user name no other fixture has used in this run. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /** Saves an admin. */
    public static StaffMember admin(StaffManagement staff) {
        return staff.create(newAccount("admin", StaffRole.ADMIN));
    }

    /** Saves a marketer. */
    public static StaffMember marketer(StaffManagement staff) {
        return staff.create(newAccount("marketer", StaffRole.MARKETER));
    }

    /** Saves a support agent. */
    public static StaffMember agent(StaffManagement staff) {
        return staff.create(newAccount("agent", StaffRole.AGENT));
    }
}
