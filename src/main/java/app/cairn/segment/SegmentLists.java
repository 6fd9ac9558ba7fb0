package app.cairn.segment;

import app.cairn.customer.CustomerManagement;
import app.cairn.segment.internal.membership.MemberListReader;
import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.shared.RefusedException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Static segments' members, listed by hand: added and taken out one by one, by customer id from other modules, or
 * from a CSV file that names customers by number or e-mail address.
 */
@Service
@Transactional
public class SegmentLists {

    private static final int LISTED_PROBLEMS = 20;

    private final SegmentStore store;
    private final CustomerManagement customers;
    private final Clock clock;

    SegmentLists(SegmentStore store, CustomerManagement customers, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.clock = clock;
    }

    /** What came of adding one customer to a list by hand. */
    public enum Listing {
        ADDED,
        ALREADY_MEMBER,
        NOT_FOUND
    }

    /**
     * Adds live customers to a static segment; unknown and merged customers are left out.
     *
     * @throws RefusedException when the segment is not static
     */
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

    /**
     * Takes customers out of a static segment.
     *
     * @throws RefusedException when the segment is not static
     */
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
        Segment segment = store.find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (!segment.isStatic()) {
            throw new RefusedException("segment.rules-not-listed", segment.name());
        }
    }
}
