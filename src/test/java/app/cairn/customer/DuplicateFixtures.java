package app.cairn.customer;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Details for duplicate tests. Every call gets its own city and phone number, so customers other tests left in
 * the shared database never fall into the same block or phone group.
 */
public final class DuplicateFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DuplicateFixtures() {}

    /** A city no other test uses. */
    public static String uniqueCity() {
        return "Testcity " + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /** A valid German mobile number no other test uses. */
    public static String uniquePhone() {
        long n = (ProcessHandle.current().pid() % 10_000) * 10_000 + SEQUENCE.incrementAndGet() % 10_000;
        return "+49151" + String.format("%08d", n);
    }

    /** A German customer with the given name, place and birthday. */
    public static CustomerDetails person(
            String email, String first, String last, String phone, String city, LocalDate birthday) {
        return new CustomerDetails(email, first, last, phone, "DE", city, "Europe/Berlin", "de", birthday);
    }
}
