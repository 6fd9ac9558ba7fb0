package app.cairn.journey.internal.engine;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one engine transaction shares between its steps: the time, the customers' contacts (read once, for all
 * walks), and the step log and counts it writes at the end.
 */
public final class StepBatch {

    public final Instant now;
    private final List<Walk> walks;
    private final CustomerManagement customers;
    private final ZoneId defaultZone;
    private Map<Long, CustomerContact> contacts;
    public final List<Object[]> steps = new ArrayList<>();
    public final Map<Enrolments.StatKey, long[]> counts = new TreeMap<>();
    public final Map<Enrolments.StatKey, BigDecimal> revenue = new HashMap<>();

    public StepBatch(Instant now, List<Walk> walks, CustomerManagement customers, ZoneId defaultZone) {
        this.now = now;
        this.walks = walks;
        this.customers = customers;
        this.defaultZone = defaultZone;
    }

    /** The customer's contact; null for a customer who no longer exists (merged into another, say). */
    public CustomerContact contact(long customerId) {
        if (contacts == null) {
            contacts = customers
                    .contacts(walks.stream().map(w -> w.customerId).distinct().toList())
                    .stream()
                    .collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        }
        return contacts.get(customerId);
    }

    /** The customer's time zone, or the shop's default when unknown. */
    public ZoneId zone(long customerId) {
        return CustomerZones.of(contact(customerId), defaultZone);
    }

    public void count(Walk walk, String node, String measure) {
        counts.computeIfAbsent(key(walk, node, measure), k -> new long[1])[0]++;
    }

    public void countRevenue(Walk walk, String node, BigDecimal amount) {
        if (amount != null) {
            revenue.merge(key(walk, node, "converted"), amount, BigDecimal::add);
        }
    }

    private static Enrolments.StatKey key(Walk walk, String node, String measure) {
        return new Enrolments.StatKey(walk.plan.journeyId(), walk.plan.versionId(), node, measure);
    }

    /** A step's note with an argument: both translation keys, as {@code key|argumentKey}. */
    public static String note(String key, String argumentKey) {
        return key + '|' + argumentKey;
    }

    /**
     * Records that the walk left its step (by an output, or ending there).
     *
     * @param note why, as a translation key (see {@link #note(String, String)}), or null
     */
    public void logStep(Walk walk, String output, String note) {
        steps.add(new Object[] {walk.id, walk.visit, walk.node, walk.nodeEnteredAt, now, output, note});
    }
}
