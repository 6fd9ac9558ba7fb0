package app.cairn.segment;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.shared.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a segment now, as other modules and pages read it: pages of members, which of a batch of customers
 * are members, the memberships that began since a moment, the size over time and the members as a CSV file.
 */
@Service
@Transactional(readOnly = true)
public class SegmentMembership {

    private static final int EXPORT_PAGE = 1_000;
    private static final int SIZE_POINTS = 200;

    private final SegmentStore store;
    private final CustomerManagement customers;
    private final Clock clock;

    SegmentMembership(SegmentStore store, CustomerManagement customers, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * The segment's size over the last {@code days} days, oldest first, for its chart: each time its members were
     * worked out or its list changed, or the last size of each day when that is more than
     * {@value #SIZE_POINTS} times.
     */
    public List<SegmentSize> sizeHistory(long id, int days) {
        return store.sizes(id, clock.instant().minus(Duration.ofDays(days)), SIZE_POINTS);
    }

    /** A page of the members' customer ids, in id order. */
    public List<Long> memberIds(long id, int offset, int limit) {
        return store.memberIds(id, offset, limit);
    }

    /**
     * Up to {@code limit} members' customer ids above {@code afterCustomerId}, in id order: for walking a segment of
     * any size a page at a time (pass the last id of one page to get the next).
     */
    public List<Long> memberIdsAfter(long id, long afterCustomerId, int limit) {
        return store.membersAfter(id, afterCustomerId, limit).stream()
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Which of these customers are members of the segment now. */
    public Set<Long> membersAmong(long id, Collection<Long> customerIds) {
        return store.membersAmong(id, customerIds);
    }

    /**
     * Up to {@code limit} current memberships of the segment that began at or after {@code since}, in the order
     * they began (then by customer), after the entry ({@code afterAt}, {@code afterCustomer}): for reading new
     * members page by page, whether a rebuild or a single change made them.
     */
    public List<SegmentEntry> entriesSince(long id, Instant since, Instant afterAt, long afterCustomer, int limit) {
        return store.entriesAfter(id, since, afterAt, afterCustomer, limit);
    }

    /** A page of the members as the customer list shows them, in customer id order. */
    public List<CustomerSummary> members(long id, int offset, int limit) {
        return customers.summaries(store.memberIds(id, offset, limit));
    }

    /**
     * Writes the members as CSV (UTF-8 with a byte-order mark, for spreadsheets): customer number, e-mail, names,
     * country, city and when they entered. Read in pages of {@value #EXPORT_PAGE}, so a segment of a million
     * customers never sits in memory; a value a spreadsheet would run as a formula is neutralised.
     */
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
}
