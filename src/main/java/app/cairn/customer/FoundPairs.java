package app.cairn.customer;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs one scan found, each once whatever the order of its ids, with every reason that found it. Reasons
 * combine like independent evidence: two reasons of 0.8 give 0.96.
 */
final class FoundPairs {

    /** One pair; {@code a < b}. */
    record Pair(long a, long b, Set<DuplicateReason> reasons, double score) {}

    private final Map<Long, Map<Long, Pair>> byFirst = new HashMap<>();
    private final int limit;
    private int size;
    private boolean full;

    /** @param limit the most pairs kept; more are counted as left out, so memory stays bounded */
    FoundPairs(int limit) {
        this.limit = limit;
    }

    void add(long x, long y, DuplicateReason reason, double score) {
        if (x == y) {
            return;
        }
        long a = Math.min(x, y);
        long b = Math.max(x, y);
        Map<Long, Pair> ofA = byFirst.computeIfAbsent(a, key -> new HashMap<>(4));
        Pair found = ofA.get(b);
        if (found == null) {
            if (size >= limit) {
                full = true;
                return;
            }
            size++;
            ofA.put(b, new Pair(a, b, EnumSet.of(reason), score));
            return;
        }
        Set<DuplicateReason> reasons = EnumSet.copyOf(found.reasons());
        double combined = reasons.add(reason) ? 1 - (1 - found.score()) * (1 - score) : Math.max(found.score(), score);
        ofA.put(b, new Pair(a, b, reasons, Math.min(0.999, combined)));
    }

    List<Pair> all() {
        return byFirst.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    int size() {
        return size;
    }

    /** Whether pairs were left out because the limit was reached. */
    boolean full() {
        return full;
    }
}
