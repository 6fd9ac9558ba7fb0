package app.cairn.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Latencies in milliseconds, sorted, with the percentiles a benchmark prints. */
record Latencies(long[] sorted) {

    static Latencies of(Collection<? extends List<Long>> parts) {
        return new Latencies(parts.stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray());
    }

    int count() {
        return sorted.length;
    }

    long at(double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }

    /** p50, p95, p99 and max as table cells. */
    String percentiles() {
        return String.format(Locale.ROOT, "%d | %d | %d | %d", at(0.5), at(0.95), at(0.99), at(1));
    }

    /** "p50/max". */
    String p50AndMax() {
        return at(0.5) + "/" + at(1);
    }
}
