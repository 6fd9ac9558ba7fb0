package app.cairn.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes customers and lists them. Details are normalised by {@link CustomerNormaliser}; every
 * profile change and every consent change is kept in the customer's history with who made it. A refused
 * change throws {@link CustomerException} and writes nothing.
 */
@Service
@Transactional
public class CustomerManagement {

    private final CustomerRepository customers;
    private final CustomerQueries queries;
    private final CustomerHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerManagement(
            CustomerRepository customers,
            CustomerQueries queries,
            CustomerHistory history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.queries = queries;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a customer.
     *
     * @param signupAt when the customer signed up; now when null
     * @param source where the customer came from, e.g. {@code web}, {@code import}, {@code api}
     * @return the new customer's id
     * @throws CustomerException when a detail cannot be read or a live customer has the e-mail address
     */
    public long create(CustomerDetails details, Instant signupAt, String source) {
        CustomerDetails normal = CustomerNormaliser.normalise(details);
        requireFreeEmail(normal.email(), null);
        Instant now = clock.instant();
        try {
            long id = customers
                    .saveAndFlush(new Customer(normal, signupAt == null ? now : signupAt, source, now))
                    .getId();
            events.publishEvent(new CustomerChanged(id, now));
            return id;
        } catch (DataIntegrityViolationException raced) {
            // another request took the address meanwhile; any other refusal is not about the address
            if (String.valueOf(raced.getMostSpecificCause().getMessage()).contains("uk_customer_live_email")) {
                throw new CustomerException("customer.error.email-taken", normal.email());
            }
            throw raced;
        }
    }

    /**
     * Changes a customer's details and records each changed field in the history.
     *
     * @param changedBy the staff member or system making the change
     * @throws CustomerException when a detail cannot be read, the e-mail belongs to another live customer, or the
     *     customer does not exist
     */
    public CustomerProfile updateDetails(long id, CustomerDetails details, String changedBy) {
        Customer customer = load(id);
        CustomerDetails normal = CustomerNormaliser.normalise(details);
        requireFreeEmail(normal.email(), id);
        Instant now = clock.instant();
        Map<String, String[]> changes = customer.change(normal, now);
        customers.flush();
        history.recordChanges(id, changes, now, changedBy);
        if (!changes.isEmpty()) {
            events.publishEvent(new CustomerChanged(id, now));
        }
        return customer.toProfile();
    }

    /**
     * Records a customer's consent for a channel, with where it came from and on which legal basis; the change
     * is kept in the consent history. Recording the state it already has changes nothing.
     */
    public CustomerProfile setConsent(
            long id, ConsentChannel channel, boolean granted, String source, LegalBasis basis, String changedBy) {
        if (source == null || source.isBlank()) {
            throw new CustomerException("customer.error.consent-source-required");
        }
        Customer customer = load(id);
        Instant now = clock.instant();
        if (customer.consent(channel, granted, source.strip(), basis, now)) {
            history.recordConsent(id, new Consent(channel, granted, now, source.strip(), basis, changedBy));
            events.publishEvent(new CustomerChanged(id, now));
        }
        return customer.toProfile();
    }

    /** Adds a tag (letters, digits, space, dot, dash, underscore; at most 64 characters). */
    public CustomerProfile tag(long id, String tag, String changedBy) {
        String normal = CustomerNormaliser.tag(tag);
        Customer customer = load(id);
        Instant now = clock.instant();
        if (customer.tag(normal, now)) {
            history.recordChanges(id, Map.of("tag", new String[] {null, normal}), now, changedBy);
            events.publishEvent(new CustomerChanged(id, now));
        }
        return customer.toProfile();
    }

    /**
     * Sets a custom attribute (a name of letters, digits, dot, dash and underscore, at most 64 characters; a value
     * of at most 1,000 characters), or removes it when the value is blank.
     */
    public CustomerProfile setAttribute(long id, String name, String value, String changedBy) {
        String normalName = CustomerNormaliser.attributeName(name);
        String normalValue = value == null || value.isBlank() ? null : value.strip();
        if (normalValue != null && normalValue.length() > 1000) {
            throw new CustomerException("customer.error.attribute-too-long", normalName, 1000);
        }
        Customer customer = load(id);
        Instant now = clock.instant();
        String old = customer.attribute(normalName, normalValue, now);
        if (!java.util.Objects.equals(old, normalValue)) {
            history.recordChanges(id, Map.of(normalName, new String[] {old, normalValue}), now, changedBy);
            events.publishEvent(new CustomerChanged(id, now));
        }
        return customer.toProfile();
    }

    /** The value of one custom attribute for each of these customers that has it: one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> attributeValues(Collection<Long> ids, String name) {
        return queries.attributeValues(ids, name);
    }

    /**
     * The live customers whose birthday ({@code birthday} true) or signup day falls on one of these days of the year
     * (a full read of the customers: for a job that runs a few times an hour, not for a page).
     */
    @Transactional(readOnly = true)
    public List<Long> idsByAnniversary(boolean birthday, Collection<java.time.MonthDay> days) {
        return queries.idsByAnniversary(birthday, days);
    }

    /** Removes a tag. */
    public CustomerProfile untag(long id, String tag, String changedBy) {
        Customer customer = load(id);
        Instant now = clock.instant();
        if (customer.untag(tag, now)) {
            history.recordChanges(id, Map.of("tag", new String[] {tag, null}), now, changedBy);
            events.publishEvent(new CustomerChanged(id, now));
        }
        return customer.toProfile();
    }

    /**
     * The list entries of the live customers with these ids, in the order of the ids (unknown and merged ones
     * left out): one query for a page of a segment's members, say.
     */
    @Transactional(readOnly = true)
    public List<CustomerSummary> summaries(List<Long> ids) {
        return queries.summaries(ids);
    }

    /**
     * Contacts (address, names, time zone, e-mail consent) of the live customers with these ids, in no particular
     * order; unknown and merged ids are left out. One query, for a batch of up to a few thousand.
     */
    @Transactional(readOnly = true)
    public List<CustomerContact> contacts(Collection<Long> ids) {
        return queries.contacts(ids);
    }

    /**
     * The ids of the live customers with these e-mail addresses, keyed by the address as given (matched in any
     * case, as stored); addresses of no live customer are left out. One query, for a list of up to a few thousand.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByEmail(Collection<String> emails) {
        Map<String, String> normal = new HashMap<>();
        for (String email : emails) {
            try {
                String normalised = CustomerNormaliser.email(email);
                if (normalised != null) {
                    normal.put(normalised, email);
                }
            } catch (CustomerException notAnAddress) {
                // not an address, so no customer's
            }
        }
        Map<String, Long> ids = new HashMap<>();
        queries.idsByEmail(normal.keySet()).forEach((stored, id) -> ids.put(normal.get(stored), id));
        return ids;
    }

    /** The customer's profile, if the customer exists and was not merged into another. */
    @Transactional(readOnly = true)
    public Optional<CustomerProfile> find(long id) {
        return customers.findById(id).filter(c -> !c.isMerged()).map(Customer::toProfile);
    }

    /**
     * The live customer a merged customer ended up in (following merges of merges), so that links to the merged
     * one still lead somewhere; empty when the customer is live or does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long id) {
        Optional<Customer> customer = customers.findById(id);
        for (int hops = 0; hops < 100 && customer.isPresent() && customer.get().isMerged(); hops++) {
            Long next = customer.get().mergedIntoId();
            customer = customers.findById(next);
            if (customer.isPresent() && !customer.get().isMerged()) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /** The live customer with this e-mail address (in any case), if any. */
    @Transactional(readOnly = true)
    public Optional<CustomerProfile> findByEmail(String email) {
        return customers.findLiveByEmail(CustomerNormaliser.email(email)).map(Customer::toProfile);
    }

    /**
     * One page of the customer list.
     *
     * @param sort one of {@code name}, {@code email}, {@code country}, {@code signupAt}; others sort by signup
     */
    @Transactional(readOnly = true)
    public List<CustomerSummary> page(CustomerFilter filter, int offset, int limit, String sort, boolean ascending) {
        return queries.page(filter, offset, limit, sort, ascending);
    }

    /**
     * One page of the customers the text finds as the customer list's search does, best matches first; all
     * customers by name when it is blank.
     */
    @Transactional(readOnly = true)
    public List<CustomerSummary> lookUp(String text, int offset, int limit) {
        String words = text == null || text.isBlank() ? null : text;
        return queries.page(
                new CustomerFilter(words, null, null, null, null, null),
                offset,
                limit,
                words == null ? "name" : null,
                true);
    }

    /** How many customers the filter selects. */
    @Transactional(readOnly = true)
    public long count(CustomerFilter filter) {
        return queries.count(filter);
    }

    /**
     * How many customers the filter selects, counting no further than {@code limit}: the exact number when it is
     * at most {@code limit}, else {@code limit + 1}. Cheap at any size, for lists that say "more than 10,000".
     */
    @Transactional(readOnly = true)
    public long countUpTo(CustomerFilter filter, int limit) {
        return queries.countUpTo(filter, limit);
    }

    /** Every consent change of the customer, newest first. */
    @Transactional(readOnly = true)
    public List<Consent> consentHistory(long id) {
        return history.consentHistory(id);
    }

    /** Every profile change of the customer, newest first. */
    @Transactional(readOnly = true)
    public List<ProfileChange> changes(long id) {
        return history.changes(id);
    }

    private Customer load(long id) {
        return customers
                .findById(id)
                .filter(c -> !c.isMerged())
                .orElseThrow(() -> new CustomerException("customer.error.not-found", id));
    }

    private void requireFreeEmail(String email, Long self) {
        if (email == null) {
            return;
        }
        customers
                .findLiveByEmail(email)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new CustomerException("customer.error.email-taken", email);
                });
    }
}
