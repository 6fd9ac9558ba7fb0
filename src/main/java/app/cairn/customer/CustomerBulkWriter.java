package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.WriteOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes customers in bulk (imports, generators): a batch of a few thousand records costs a handful of
 * statements, not a few per record. Records are matched to live customers by e-mail, then by external id;
 * records of one batch with the same key are merged into one customer first (later values win). Every
 * field change and consent change is kept in the history, as for edits in the UI.
 */
@Service
@Transactional
public class CustomerBulkWriter {

    private final CustomerBulkStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CustomerBulkWriter(CustomerBulkStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates or updates the customers of the records.
     *
     * @param records records in normal form ({@link CustomerNormaliser#record}), each with an e-mail or an
     *     external id
     * @param blanks what a missing value does to a value the customer has
     * @param changedBy who the history names, e.g. {@code import:customers.csv by alice}
     * @param consentSource the source recorded with consent changes
     */
    public CustomerBatch write(
            List<CustomerRecord> records, BlankPolicy blanks, String changedBy, String consentSource) {
        Instant now = clock.instant();
        Grouping groups = Grouping.of(records);
        Map<String, StoredCustomer> byEmail = store.byEmail(groups.emails());
        Map<String, StoredCustomer> byExternalId = store.byExternalId(groups.externalIds());

        List<WriteOutcome> groupOutcome = new ArrayList<>();
        List<StoredCustomer> matched = new ArrayList<>();
        Set<Long> claimed = new HashSet<>();
        List<CustomerRecord> fresh = new ArrayList<>();
        for (CustomerRecord group : groups.merged()) {
            StoredCustomer byMail = group.email() == null ? null : byEmail.get(group.email());
            StoredCustomer byId = group.externalId() == null ? null : byExternalId.get(group.externalId());
            StoredCustomer existing = byMail != null ? byMail : byId;
            boolean conflict = byMail != null && byId != null && byMail.id() != byId.id();
            if (conflict || (existing != null && !claimed.add(existing.id()))) {
                groupOutcome.add(WriteOutcome.CONFLICT);
                matched.add(null);
            } else if (existing == null) {
                groupOutcome.add(WriteOutcome.CREATED);
                matched.add(null);
                fresh.add(group);
            } else {
                groupOutcome.add(WriteOutcome.UNCHANGED);
                matched.add(existing);
            }
        }

        List<Long> groupIds = new ArrayList<>();
        List<Long> freshIds = fresh.isEmpty() ? List.of() : store.insert(fresh, now);
        int nextFresh = 0;
        List<StoredCustomer> changed = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (int g = 0; g < groups.merged().size(); g++) {
            CustomerRecord group = groups.merged().get(g);
            switch (groupOutcome.get(g)) {
                case CONFLICT -> groupIds.add(null);
                case CREATED -> groupIds.add(freshIds.get(nextFresh++));
                default -> {
                    StoredCustomer before = matched.get(g);
                    StoredCustomer after = apply(before, group, blanks);
                    Map<String, String[]> diff = diff(before, after);
                    if (!diff.isEmpty()) {
                        changed.add(after);
                        groupOutcome.set(g, WriteOutcome.UPDATED);
                        var when = UtcColumns.toColumn(now);
                        diff.forEach((field, values) ->
                                changes.add(new Object[] {before.id(), field, values[0], values[1], when, changedBy}));
                    }
                    groupIds.add(before.id());
                }
            }
        }
        store.update(changed, now);
        store.recordChanges(changes);
        writeExtras(groups.merged(), groupIds, groupOutcome, now, changedBy, consentSource);

        List<Long> ids = new ArrayList<>(records.size());
        List<WriteOutcome> outcomes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            int g = groups.groupOf(i);
            ids.add(groupIds.get(g));
            outcomes.add(groups.isFirst(i) ? groupOutcome.get(g) : WriteOutcome.MERGED);
        }
        List<Long> written =
                groupIds.stream().filter(Objects::nonNull).distinct().toList();
        if (!written.isEmpty()) {
            // tags, attributes and consents may have changed for customers whose profile did not: all are announced
            events.publishEvent(new CustomersChanged(written, now));
        }
        return new CustomerBatch(ids, outcomes);
    }

    /** Tags, attributes and consents: only what differs from what the customers have is written. */
    private void writeExtras(
            List<CustomerRecord> groups,
            List<Long> ids,
            List<WriteOutcome> outcomes,
            Instant now,
            String changedBy,
            String consentSource) {
        Set<Long> known = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            if (outcomes.get(g) == WriteOutcome.UPDATED || outcomes.get(g) == WriteOutcome.UNCHANGED) {
                known.add(ids.get(g));
            }
        }
        Map<Long, Set<String>> tags = store.tags(known);
        Map<Long, Map<String, String>> attributes = store.attributes(known);
        Map<Long, Map<ConsentChannel, Boolean>> consents = store.consents(known);
        List<Object[]> newTags = new ArrayList<>();
        List<Object[]> newAttributes = new ArrayList<>();
        List<Object[]> newConsents = new ArrayList<>();
        List<Object[]> firstConsents = new ArrayList<>();
        var when = UtcColumns.toColumn(now);
        for (int g = 0; g < groups.size(); g++) {
            Long id = ids.get(g);
            if (id == null) {
                continue;
            }
            CustomerRecord group = groups.get(g);
            int before = newTags.size() + newAttributes.size() + newConsents.size();
            Set<String> has = tags.getOrDefault(id, Set.of());
            group.tags().stream().filter(t -> !has.contains(t)).forEach(t -> newTags.add(new Object[] {id, t}));
            Map<String, String> values = attributes.getOrDefault(id, Map.of());
            group.attributes().forEach((name, value) -> {
                if (!value.equals(values.get(name))) {
                    newAttributes.add(new Object[] {id, name, value});
                }
            });
            Map<ConsentChannel, Boolean> current = consents.getOrDefault(id, Map.of());
            List<Object[]> consentRows = outcomes.get(g) == WriteOutcome.CREATED ? firstConsents : newConsents;
            group.consents().forEach((channel, granted) -> {
                if (!granted.equals(current.get(channel))) {
                    consentRows.add(new Object[] {
                        id, channel.name(), granted, when, consentSource, LegalBasis.CONSENT.name(), changedBy
                    });
                }
            });
            if (outcomes.get(g) == WriteOutcome.UNCHANGED
                    && newTags.size() + newAttributes.size() + newConsents.size() > before) {
                outcomes.set(g, WriteOutcome.UPDATED);
            }
        }
        store.addTags(newTags);
        store.putAttributes(newAttributes);
        store.putConsents(firstConsents, true);
        store.putConsents(newConsents, false);
    }

    private static StoredCustomer apply(StoredCustomer before, CustomerRecord record, BlankPolicy blanks) {
        CustomerDetails old = before.details();
        CustomerDetails d = record.details();
        boolean keep = blanks == BlankPolicy.KEEP;
        return new StoredCustomer(
                before.id(),
                pick(before.externalId(), record.externalId(), keep),
                new CustomerDetails(
                        pick(old.email(), d.email(), keep),
                        pick(old.firstName(), d.firstName(), keep),
                        pick(old.lastName(), d.lastName(), keep),
                        pick(old.phone(), d.phone(), keep),
                        pick(old.country(), d.country(), keep),
                        pick(old.city(), d.city(), keep),
                        pick(old.timeZone(), d.timeZone(), keep),
                        pick(old.language(), d.language(), keep),
                        pick(old.birthday(), d.birthday(), keep)),
                record.signupAt() == null || record.signupAt().isAfter(before.signupAt())
                        ? before.signupAt()
                        : record.signupAt());
    }

    private static <T> T pick(T old, T value, boolean keepOnBlank) {
        return value == null && keepOnBlank ? old : value;
    }

    private static Map<String, String[]> diff(StoredCustomer before, StoredCustomer after) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        compare(diff, "externalId", before.externalId(), after.externalId());
        CustomerDetails b = before.details();
        CustomerDetails a = after.details();
        compare(diff, "email", b.email(), a.email());
        compare(diff, "firstName", b.firstName(), a.firstName());
        compare(diff, "lastName", b.lastName(), a.lastName());
        compare(diff, "phone", b.phone(), a.phone());
        compare(diff, "country", b.country(), a.country());
        compare(diff, "city", b.city(), a.city());
        compare(diff, "timeZone", b.timeZone(), a.timeZone());
        compare(diff, "language", b.language(), a.language());
        compare(diff, "birthday", Objects.toString(b.birthday(), null), Objects.toString(a.birthday(), null));
        compare(diff, "signupAt", Objects.toString(before.signupAt(), null), Objects.toString(after.signupAt(), null));
        return diff;
    }

    private static void compare(Map<String, String[]> diff, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            diff.put(field, new String[] {before, after});
        }
    }

    private static Set<String> emailsOf(List<CustomerRecord> records) {
        Set<String> emails = new LinkedHashSet<>();
        records.stream().map(CustomerRecord::email).filter(Objects::nonNull).forEach(emails::add);
        return emails;
    }

    /** The records of a batch grouped by key (e-mail, else external id), each group merged into one record. */
    private record Grouping(List<CustomerRecord> merged, int[] groupOfRow, boolean[] firstOfGroup) {

        static Grouping of(List<CustomerRecord> records) {
            List<CustomerRecord> merged = new ArrayList<>();
            Map<String, Integer> byKey = new HashMap<>();
            int[] groupOf = new int[records.size()];
            boolean[] first = new boolean[records.size()];
            for (int i = 0; i < records.size(); i++) {
                CustomerRecord r = records.get(i);
                String mail = r.email() == null ? null : "e:" + r.email();
                String ext = r.externalId() == null ? null : "x:" + r.externalId();
                if (mail == null && ext == null) {
                    throw new IllegalArgumentException("record " + i + " has neither e-mail nor external id");
                }
                Integer g =
                        mail != null && byKey.containsKey(mail) ? byKey.get(mail) : ext == null ? null : byKey.get(ext);
                if (g == null) {
                    g = merged.size();
                    merged.add(r);
                    first[i] = true;
                } else {
                    merged.set(g, combine(merged.get(g), r));
                }
                groupOf[i] = g;
                if (mail != null) {
                    byKey.putIfAbsent(mail, g);
                }
                if (ext != null) {
                    byKey.putIfAbsent(ext, g);
                }
            }
            return new Grouping(merged, groupOf, first);
        }

        int groupOf(int row) {
            return groupOfRow[row];
        }

        boolean isFirst(int row) {
            return firstOfGroup[row];
        }

        CustomerRecord get(int group) {
            return merged.get(group);
        }

        Set<String> emails() {
            return emailsOf(merged);
        }

        Set<String> externalIds() {
            Set<String> ids = new LinkedHashSet<>();
            merged.stream()
                    .map(CustomerRecord::externalId)
                    .filter(Objects::nonNull)
                    .forEach(ids::add);
            return ids;
        }

        private static CustomerRecord combine(CustomerRecord a, CustomerRecord b) {
            CustomerDetails x = a.details();
            CustomerDetails y = b.details();
            Set<String> tags = new LinkedHashSet<>(a.tags());
            tags.addAll(b.tags());
            Map<String, String> attributes = new LinkedHashMap<>(a.attributes());
            attributes.putAll(b.attributes());
            Map<ConsentChannel, Boolean> consents = new EnumMap<>(ConsentChannel.class);
            consents.putAll(a.consents());
            consents.putAll(b.consents());
            return new CustomerRecord(
                    or(b.externalId(), a.externalId()),
                    new CustomerDetails(
                            or(y.email(), x.email()),
                            or(y.firstName(), x.firstName()),
                            or(y.lastName(), x.lastName()),
                            or(y.phone(), x.phone()),
                            or(y.country(), x.country()),
                            or(y.city(), x.city()),
                            or(y.timeZone(), x.timeZone()),
                            or(y.language(), x.language()),
                            or(y.birthday(), x.birthday())),
                    or(b.signupAt(), a.signupAt()),
                    or(a.source(), b.source()),
                    tags,
                    attributes,
                    consents);
        }

        private static <T> T or(T preferred, T fallback) {
            return preferred != null ? preferred : fallback;
        }
    }
}
