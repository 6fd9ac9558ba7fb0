package app.cairn.customer;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers for tests, each with a unique e-mail address. */
public final class CustomerFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CustomerFixtures() {}

    /** A unique, lower-case e-mail address starting with {@code prefix}. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "@example.com";
    }

    /** Details of a German customer with a national phone number. */
    public static CustomerDetails berliner(String email) {
        return new CustomerDetails(
                email, "Anna", "Schmidt", "030 1234567", "de", "Berlin", "Europe/Berlin", "de", null);
    }

    /** Details of a Chinese customer. */
    public static CustomerDetails shanghainese(String email) {
        return new CustomerDetails(
                email, "Wei", "Zhang", "+86 138 1234 5678", "CN", "Shanghai", "Asia/Shanghai", "zh-CN", null);
    }

    /**
     * Details of a customer in Berlin called {@code firstName} Tester, with a unique address, living in the time
     * zone, born on the day (null for unknown), without a phone number.
     */
    public static CustomerDetails tester(String firstName, String timeZone, java.time.LocalDate birthday) {
        return new CustomerDetails(
                uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT)),
                firstName,
                "Tester",
                null,
                "DE",
                "Berlin",
                timeZone,
                "en",
                birthday);
    }

    /** Saves a German customer who signed up at the given time. */
    public static long berliner(CustomerManagement customers, Instant signupAt) {
        return customers.create(berliner(uniqueEmail("anna")), signupAt, "test");
    }
}
