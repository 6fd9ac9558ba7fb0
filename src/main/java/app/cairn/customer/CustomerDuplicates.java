package app.cairn.customer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate customers: the scan that finds candidate pairs (nightly through Quartz, or on request), the review
 * list, and merging or dismissing a pair. See {@link DuplicateScanner} for how pairs are found and
 * {@link CustomerMerger} for what a merge does.
 */
@Service
public class CustomerDuplicates {

    /** The Quartz job that runs the scan. */
    static final JobKey SCAN_JOB = JobKey.jobKey("duplicate-scan", "customer");

    private static final Logger log = LoggerFactory.getLogger(CustomerDuplicates.class);

    private final DuplicateScanner scanner;
    private final DuplicateStore store;
    private final CustomerQueries customers;
    private final CustomerMerger merger;
    private final Scheduler scheduler;
    private final Clock clock;
    private final int maxCandidates;

    CustomerDuplicates(
            DuplicateScanner scanner,
            DuplicateStore store,
            CustomerQueries customers,
            CustomerMerger merger,
            Scheduler scheduler,
            Clock clock,
            @Value("${cairn.duplicates.max-candidates:200000}") int maxCandidates) {
        this.scanner = scanner;
        this.store = store;
        this.customers = customers;
        this.merger = merger;
        this.scheduler = scheduler;
        this.clock = clock;
        this.maxCandidates = maxCandidates;
    }

    /**
     * Scans every live customer now, in this thread, and replaces the open candidates with what it finds. Dismissed
     * and merged pairs are not offered again.
     *
     * @return the finished (or failed) scan
     */
    public DuplicateScan scan() {
        long id = store.startScan(clock.instant());
        try {
            FoundPairs found = scanner.scan(maxCandidates, rows -> store.progress(id, rows));
            long live = customers.count(CustomerFilter.all());
            store.replaceOpen(found.all(), clock.instant());
            String note = found.full() ? "more than " + maxCandidates + " pairs; the first were kept" : null;
            store.finishScan(id, clock.instant(), live, found.size(), note);
            log.info("Duplicate scan {}: {} customers, {} candidate pairs", id, live, found.size());
        } catch (RuntimeException e) {
            log.error("Duplicate scan {} failed", id, e);
            // the page shows this to staff: what failed and where to look, not a driver's message
            store.failScan(
                    id, clock.instant(), e.getClass().getSimpleName() + " (details in the log under scan " + id + ")");
        }
        return store.latestScan().orElseThrow();
    }

    /**
     * Asks the scheduler to run the scan now on whichever node is free; the page follows it through
     * {@link #latestScan()}.
     */
    @Transactional // Quartz's JDBC store holds its trigger lock only inside a transaction; outside, triggers deadlock
    public void requestScan() {
        try {
            scheduler.triggerJob(SCAN_JOB);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The duplicate scan could not be started", e);
        }
    }

    /** The latest scan, running or finished. */
    public Optional<DuplicateScan> latestScan() {
        return store.latestScan();
    }

    /** How many pairs wait for a decision. */
    @Transactional(readOnly = true)
    public long countOpen() {
        return store.countOpen();
    }

    /** One page of the pairs waiting for a decision, surest first. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> open(int offset, int limit) {
        return store.open(offset, limit);
    }

    /** An open pair, if it is still open and both customers are live. */
    @Transactional(readOnly = true)
    public Optional<DuplicateCandidate> find(long candidateId) {
        return store.find(candidateId);
    }

    /** Records that the two customers are different people; the pair is not offered again. */
    @Transactional
    public void dismiss(long candidateId, String by) {
        if (!store.dismiss(candidateId, clock.instant(), by)) {
            throw new CustomerException("customer.error.candidate-closed");
        }
    }

    /**
     * Merges {@code mergedId} into {@code keptId}: the kept customer takes the listed fields from the merged one
     * and keeps its own for the rest; orders, events and everything else attached move with
     * {@link CustomersMerged}.
     *
     * @param by the staff member merging
     * @return the kept customer as it is now
     * @throws CustomerException when the two are the same or either was merged or does not exist
     */
    public CustomerProfile merge(long keptId, long mergedId, Set<MergeField> fromMerged, String by) {
        return merger.merge(keptId, mergedId, fromMerged, by);
    }
}
