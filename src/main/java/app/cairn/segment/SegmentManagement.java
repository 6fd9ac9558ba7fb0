package app.cairn.segment;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.scoring.CustomerScoring;
import app.cairn.segment.internal.membership.MemberListReader;
import app.cairn.segment.internal.membership.RebuildTracker;
import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.segment.internal.rules.RangeMembers;
import app.cairn.segment.internal.rules.RuleCompiler;
import app.cairn.segment.internal.rules.RuleTouches;
import app.cairn.segment.internal.rules.RuleValidator;
import app.cairn.segment.internal.schedule.RequestedRebuildJob;
import app.cairn.segment.internal.schedule.SegmentRebuildSchedule;
import app.cairn.shared.RefusedException;
import app.cairn.shared.SpreadsheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments: rules checked and saved, counted live while they are edited, and their members worked out (rebuilt)
 * with each membership's entry and exit times kept; static segments whose members are listed by hand.
 */
@Service
@Transactional
public class SegmentManagement {

    private static final int EXPORT_PAGE = 1_000;
    private static final int LISTED_PROBLEMS = 20;
    private static final int SIZE_POINTS = 200;
    /**
     * A rebuild writes each part's changes while the next parts are worked out; smaller parts let the writing
     * start sooner.
     */
    private static final int REBUILD_PARTS_PER_CONNECTION = 2;

    private final SegmentStore store;
    private final CustomerScoring scoring;
    private final RebuildTracker tracker;
    private final Scheduler scheduler;
    private final long splitAbove;
    private final CustomerManagement customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SegmentManagement(
            SegmentStore store,
            CustomerScoring scoring,
            RebuildTracker tracker,
            Scheduler scheduler,
            @Value("${cairn.segments.split-above}") long splitAbove,
            CustomerManagement customers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.scoring = scoring;
        this.tracker = tracker;
        this.scheduler = scheduler;
        this.splitAbove = splitAbove;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is wrong with a rule, for the builder to show on the parts concerned.
     *
     * @param self the segment the rule is for, or null for a new one (a rule must not refer to its segment)
     * @return empty when the rule can be saved and counted
     */
    @Transactional(readOnly = true)
    public List<RuleProblem> check(SegmentRule rule, Long self) {
        return validator().problems(rule, self);
    }

    /**
     * How many live customers the rule matches now: the builder's live count.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    @Transactional(readOnly = true)
    public long count(SegmentRule rule, Long self) {
        requireValid(rule, self);
        return store.countInParallel(split(compiler(clock.instant()), rule, 1));
    }

    /**
     * The rule's members as queries over ranges of customer ids: one for all customers in a small shop, and in a
     * large one {@code partsPerConnection} for each connection the work is split over, each with every subquery
     * limited to its range. None without customers.
     */
    private List<RangeMembers> split(RuleCompiler compiler, SegmentRule rule, int partsPerConnection) {
        long[] ids = store.customerIdRange();
        if (ids == null) {
            return List.of();
        }
        int parts = SegmentStore.SPLIT_CONNECTIONS * partsPerConnection;
        if (parts == 1 || ids[1] - ids[0] < splitAbove) {
            return List.of(new RangeMembers(ids[0], ids[1], compiler.members(rule)));
        }
        List<RangeMembers> split = new ArrayList<>();
        long step = (ids[1] - ids[0]) / parts + 1;
        for (long from = ids[0]; from <= ids[1]; from += step) {
            long to = Math.min(ids[1], from + step - 1);
            split.add(new RangeMembers(from, to, compiler.members(rule, from, to)));
        }
        return split;
    }

    /**
     * Saves a new rule segment; its members are worked out at the first rebuild.
     *
     * @throws SegmentRuleException when the rule cannot be used
     * @throws RefusedException when the name is missing or taken
     */
    public Segment create(String name, String description, SegmentRule rule) {
        requireValid(rule, null);
        return store.find(store.insert(requireName(name, null), blankToNull(description), rule, clock.instant()))
                .orElseThrow();
    }

    /** Saves a new static segment, whose members are added by hand (or from a file). */
    public Segment createStatic(String name, String description) {
        return store.find(store.insert(requireName(name, null), blankToNull(description), null, clock.instant()))
                .orElseThrow();
    }

    /**
     * Changes a segment's name, description and (for a rule segment) rule.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    public Segment update(long id, String name, String description, SegmentRule rule) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (!segment.isStatic()) {
            requireValid(rule, id);
        }
        store.update(
                id, requireName(name, id), blankToNull(description), segment.isStatic() ? null : rule, clock.instant());
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Segment> find(long id) {
        return store.find(id);
    }

    /** All segments by name. */
    @Transactional(readOnly = true)
    public List<Segment> all() {
        return store.all();
    }

    /**
     * Works out a rule segment's members now, in one transaction: customers who now match enter, those who no
     * longer match exit, both recorded with the time.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public MembershipChange rebuild(long id) {
        return rebuild(id, step -> {});
    }

    /**
     * Works out a rule segment's members now, as {@link #rebuild(long)}, telling {@code steps} each of the
     * {@value RebuildProgress#STEPS} steps as it starts.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public MembershipChange rebuild(long id, IntConsumer steps) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (segment.isStatic()) {
            throw new RefusedException("segment.static-not-rebuilt", segment.name());
        }
        Instant now = clock.instant();
        return store.replaceMembers(id, split(compiler(now), segment.rule(), REBUILD_PARTS_PER_CONNECTION), now, steps);
    }

    /**
     * Asks for a rule segment's members to be worked out in the background, on whichever node is free; the page
     * follows it through {@link #rebuildProgress(long)}.
     *
     * @throws RefusedException when there is no such segment, or it is static
     */
    public void requestRebuild(long id) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (segment.isStatic()) {
            throw new RefusedException("segment.static-not-rebuilt", segment.name());
        }
        tracker.requested(id);
        try {
            scheduler.triggerJob(
                    SegmentRebuildSchedule.REQUESTED_REBUILD_JOB,
                    new JobDataMap(Map.of(RequestedRebuildJob.SEGMENT, id)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("The rebuild of segment " + id + " could not be queued", e);
        }
    }

    /** How the last rebuild asked for with {@link #requestRebuild(long)} is going, if one was. */
    @Transactional(readOnly = true)
    public Optional<RebuildProgress> rebuildProgress(long id) {
        return tracker.find(id);
    }

    /**
     * Works out one customer again against every rule segment that reads the kind of data that changed, and
     * records and publishes each entry ({@link SegmentEntered}) and exit ({@link SegmentExited}). Runs in a
     * transaction of its own, as it is called once the change is committed.
     *
     * @param touch what changed: {@code profile}, {@code orders} or {@code event:TYPE}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reevaluate(long customerId, String touch) {
        store.lockCustomers(List.of(customerId));
        Instant now = clock.instant();
        RuleCompiler compiler = compiler(now);
        for (Segment segment : store.all()) {
            if (segment.isStatic()
                    || !RuleTouches.of(segment.rule(), this::ruleOf).contains(touch)) {
                continue;
            }
            boolean matches = store.count(compiler.member(segment.rule(), customerId)) > 0;
            Boolean entered = store.setMember(segment.id(), customerId, matches, now);
            if (Boolean.TRUE.equals(entered)) {
                events.publishEvent(new SegmentEntered(segment.id(), customerId, now));
            } else if (Boolean.FALSE.equals(entered)) {
                events.publishEvent(new SegmentExited(segment.id(), customerId, now));
            }
        }
    }

    /**
     * Works out a batch of customers again against every rule segment that reads any of the kinds of data that
     * changed, set by set as a rebuild does (a bulk write's reaction). Entries are not announced one by one:
     * segment-entry journeys read them from the membership, as they read a rebuild's.
     *
     * @param touches what changed, as in {@link #reevaluate}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reevaluateAmong(Collection<Long> customerIds, Set<String> touches) {
        if (customerIds.isEmpty()) {
            return;
        }
        store.lockCustomers(customerIds);
        Instant now = clock.instant();
        RuleCompiler compiler = compiler(now);
        for (Segment segment : store.all()) {
            if (segment.isStatic()) {
                continue;
            }
            Set<String> touched = RuleTouches.of(segment.rule(), this::ruleOf);
            if (touches.stream().noneMatch(touched::contains)) {
                continue;
            }
            Set<Long> matching = store.ids(compiler.membersAmong(segment.rule(), customerIds));
            store.reconcileAmong(segment.id(), customerIds, matching, now);
        }
    }

    /**
     * Saves the customers now in a cluster as a new static segment: they stay its members when the customers are
     * clustered again, when a cluster's number may come to mean other customers (a rule on
     * {@link RuleField#CLUSTER} follows the clustering instead).
     *
     * @throws RefusedException when there is no such cluster, or the name is missing or taken
     */
    public Segment saveCluster(int number, String name, String description) {
        if (!scoring.clusterNumbers().contains(number)) {
            throw new RefusedException("segment.cluster-unknown", number);
        }
        Instant now = clock.instant();
        long id = store.insert(requireName(name, null), blankToNull(description), null, now);
        store.addClusterMembers(id, number, now);
        return store.find(id).orElseThrow();
    }

    /** Adds live customers to a static segment; unknown and merged customers are left out. */
    public MembershipChange addMembers(long id, List<Long> customerIds) {
        requireStatic(id);
        Instant now = clock.instant();
        int entered = 0;
        for (int from = 0; from < customerIds.size(); from += MemberListReader.BATCH) {
            entered += store.addMembers(
                    id, customerIds.subList(from, Math.min(customerIds.size(), from + MemberListReader.BATCH)), now);
        }
        return store.listChanged(id, entered, 0, now);
    }

    /** Takes customers out of a static segment. */
    public MembershipChange removeMembers(long id, List<Long> customerIds) {
        requireStatic(id);
        Instant now = clock.instant();
        return store.listChanged(id, 0, store.removeMembers(id, customerIds, now), now);
    }

    /**
     * Adds the customers a CSV file lists to a static segment, in one transaction: by customer number or e-mail
     * address, as {@link MemberListReader} reads them. Rows that name no live customer are counted and the first
     * {@value #LISTED_PROBLEMS} of them returned with their lines; they do not stop the others.
     *
     * @throws RefusedException when the segment is not static, or the file cannot be read as CSV
     */
    public ListUpload addMembersFromFile(long id, InputStream file) {
        requireStatic(id);
        Instant now = clock.instant();
        long[] rows = {0};
        long[] entered = {0};
        long[] notFound = {0};
        List<ListUpload.ListProblem> problems = new ArrayList<>();
        MemberListReader.read(file, batch -> {
            rows[0] += batch.size();
            Map<MemberListReader.Listed, Long> found = resolve(batch);
            for (MemberListReader.Listed row : batch) {
                if (!found.containsKey(row)) {
                    notFound[0]++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(new ListUpload.ListProblem(row.line(), row.value()));
                    }
                }
            }
            entered[0] += store.addMembers(id, List.copyOf(found.values()), now);
        });
        MembershipChange change = store.listChanged(id, entered[0], 0, now);
        long already = rows[0] - notFound[0] - entered[0];
        return new ListUpload(rows[0], entered[0], already, notFound[0], problems, change.members());
    }

    /** What came of adding one customer to a list by hand. */
    public enum Listing {
        ADDED,
        ALREADY_MEMBER,
        NOT_FOUND
    }

    /**
     * Adds one live customer, named by customer number or e-mail address (as a list file names them), to a static
     * segment.
     *
     * @throws RefusedException when the segment is not static
     */
    public Listing addMember(long id, String numberOrEmail) {
        requireStatic(id);
        MemberListReader.Listed row =
                new MemberListReader.Listed(1, numberOrEmail == null ? "" : numberOrEmail.strip());
        Long customer = resolve(List.of(row)).get(row);
        if (customer == null) {
            return Listing.NOT_FOUND;
        }
        Instant now = clock.instant();
        int entered = store.addMembers(id, List.of(customer), now);
        if (entered == 0) {
            return Listing.ALREADY_MEMBER;
        }
        store.listChanged(id, entered, 0, now);
        return Listing.ADDED;
    }

    /** The live customer each row names, by number or e-mail address; rows that name none are left out. */
    private Map<MemberListReader.Listed, Long> resolve(List<MemberListReader.Listed> rows) {
        Map<String, Long> byEmail = customers.idsByEmail(rows.stream()
                .filter(row -> !row.isNumber())
                .map(MemberListReader.Listed::value)
                .toList());
        Set<Long> live = new HashSet<>();
        customers
                .summaries(rows.stream()
                        .filter(MemberListReader.Listed::isNumber)
                        .map(row -> Long.parseLong(row.value()))
                        .toList())
                .forEach(c -> live.add(c.id()));
        Map<MemberListReader.Listed, Long> found = new HashMap<>();
        for (MemberListReader.Listed row : rows) {
            Long customer = row.isNumber() ? Long.valueOf(row.value()) : byEmail.get(row.value());
            if (customer != null && (!row.isNumber() || live.contains(customer))) {
                found.put(row, customer);
            }
        }
        return found;
    }

    private void requireStatic(long id) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (!segment.isStatic()) {
            throw new RefusedException("segment.rules-not-listed", segment.name());
        }
    }

    /**
     * The segment's size over the last {@code days} days, oldest first, for its chart: each time its members were
     * worked out or its list changed, or the last size of each day when that is more than
     * {@value #SIZE_POINTS} times.
     */
    @Transactional(readOnly = true)
    public List<SegmentSize> sizeHistory(long id, int days) {
        return store.sizes(id, clock.instant().minus(java.time.Duration.ofDays(days)), SIZE_POINTS);
    }

    /** A page of the members' customer ids, in id order. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long id, int offset, int limit) {
        return store.memberIds(id, offset, limit);
    }

    /**
     * Up to {@code limit} members' customer ids above {@code afterCustomerId}, in id order: for walking a segment of
     * any size a page at a time (pass the last id of one page to get the next).
     */
    @Transactional(readOnly = true)
    public List<Long> memberIdsAfter(long id, long afterCustomerId, int limit) {
        return store.membersAfter(id, afterCustomerId, limit).stream()
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Which of these customers (a batch of up to a few thousand) the rule matches now.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    @Transactional(readOnly = true)
    public Set<Long> matching(SegmentRule rule, java.util.Collection<Long> customerIds) {
        requireValid(rule, null);
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return store.ids(compiler(clock.instant()).membersAmong(rule, customerIds));
    }

    /** Which of these customers are members of the segment now. */
    @Transactional(readOnly = true)
    public Set<Long> membersAmong(long id, java.util.Collection<Long> customerIds) {
        return store.membersAmong(id, customerIds);
    }

    /**
     * Up to {@code limit} current memberships of the segment that began at or after {@code since}, in the order
     * they began (then by customer), after the entry ({@code afterAt}, {@code afterCustomer}): for reading new
     * members page by page, whether a rebuild or a single change made them.
     */
    @Transactional(readOnly = true)
    public List<SegmentEntry> entriesSince(long id, Instant since, Instant afterAt, long afterCustomer, int limit) {
        return store.entriesAfter(id, since, afterAt, afterCustomer, limit);
    }

    /** A page of the members as the customer list shows them, in customer id order. */
    @Transactional(readOnly = true)
    public List<CustomerSummary> members(long id, int offset, int limit) {
        return customers.summaries(store.memberIds(id, offset, limit));
    }

    /**
     * Writes the members as CSV (UTF-8 with a byte-order mark, for spreadsheets): customer number, e-mail, names,
     * country, city and when they entered. Read in pages of {@value #EXPORT_PAGE}, so a segment of a million
     * customers never sits in memory; a value a spreadsheet would run as a formula is neutralised.
     */
    @Transactional(readOnly = true)
    public void writeMembers(long id, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord("customer", "email", "first_name", "last_name", "country", "city", "entered_at");
            long after = 0;
            List<Map.Entry<Long, Instant>> page;
            do {
                page = store.membersAfter(id, after, EXPORT_PAGE);
                Map<Long, CustomerSummary> people = new HashMap<>();
                customers
                        .summaries(page.stream().map(Map.Entry::getKey).toList())
                        .forEach(c -> people.put(c.id(), c));
                for (Map.Entry<Long, Instant> member : page) {
                    CustomerSummary c = people.get(member.getKey());
                    if (c != null) {
                        csv.printRecord(
                                c.id(),
                                SpreadsheetText.safe(c.email()),
                                SpreadsheetText.safe(c.firstName()),
                                SpreadsheetText.safe(c.lastName()),
                                c.country(),
                                SpreadsheetText.safe(c.city()),
                                member.getValue());
                    }
                    after = member.getKey();
                }
            } while (page.size() == EXPORT_PAGE);
        }
    }

    private void requireValid(SegmentRule rule, Long self) {
        List<RuleProblem> problems = validator().problems(rule, self);
        if (!problems.isEmpty()) {
            throw new SegmentRuleException(problems);
        }
    }

    private String requireName(String name, Long self) {
        String plain = name == null ? "" : name.strip();
        if (plain.isEmpty()) {
            throw new RefusedException("segment.name-missing");
        }
        if (plain.length() > 120) {
            throw new RefusedException("segment.name-too-long", 120);
        }
        store.idOfName(plain).filter(id -> !id.equals(self)).ifPresent(id -> {
            throw new RefusedException("segment.name-taken", plain);
        });
        return plain;
    }

    private RuleValidator validator() {
        return new RuleValidator(this::ruleOf);
    }

    private RuleCompiler compiler(Instant now) {
        return new RuleCompiler(now, this::ruleOf);
    }

    /** A segment's rule for references: an empty group for a static segment. */
    private Optional<SegmentRule> ruleOf(long id) {
        return store.find(id).map(s -> s.isStatic() ? new RuleGroup(RuleGroup.Match.ALL, false, List.of()) : s.rule());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
